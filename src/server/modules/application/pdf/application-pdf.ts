import type { Application } from '../../../../shared/contracts/application.js';
import { openForm } from './form-frame.js';
import type { FormLabels } from './form-labels.js';
import type { FormWriter } from './form-writer.js';
import type { PrintContext } from './print-context.js';
import {
  formatAddress,
  formatBirthDate,
  formatDateWithWeekday,
  formatKana,
  formatName,
  livingArrangement,
  submissionDate,
  yesNo,
} from './print-format.js';

/** The filled application form (申込書, R-DOC-01), for applicants who keep or send paper. */
export async function renderApplicationPdf(
  application: Application,
  context: PrintContext,
): Promise<Uint8Array> {
  const { writer, labels, finish } = await openForm(context, (all) => all.application.title);
  writePatient(writer, labels, application, context);
  writeAttendance(writer, labels, application, context);
  writePhysician(writer, labels, application);
  writeConsultation(writer, labels, application, context);
  writePreferences(writer, labels, application, context);
  writeDeclarations(writer, labels, application, context);
  return finish();
}

function writePatient(
  writer: FormWriter,
  labels: FormLabels,
  application: Application,
  context: PrintContext,
): void {
  const { patient } = application;
  const { person } = labels;
  writer.section(labels.application.patient);
  writer.fields([
    [
      { label: person.name, value: formatName(patient.name) },
      { label: person.kana, value: formatKana(patient.name) },
    ],
    [
      {
        label: person.birthDate,
        value: formatBirthDate(patient.birthDate, submissionDate(context), context.locale, labels),
      },
      { label: person.sex, value: labels.sex[patient.sex] },
    ],
    { label: person.address, value: formatAddress(patient.address) },
    [
      { label: `${person.phone}\n${labels.application.phoneNote}`, value: patient.phone },
      { label: person.email, value: patient.email },
    ],
    {
      label: labels.application.residence,
      value: labels.application.residenceValue(
        yesNo(patient.livesInJapan, labels),
        yesNo(patient.japaneseNational, labels),
        yesNo(patient.hasJapaneseHealthInsurance, labels),
      ),
    },
  ]);
}

function writeAttendance(
  writer: FormWriter,
  labels: FormLabels,
  application: Application,
  context: PrintContext,
): void {
  const { attendance } = application;
  const { person } = labels;
  writer.section(labels.application.attendanceSection);
  writer.fields([{ label: labels.application.attendance, value: labels.attendance[attendance.attendance] }]);
  if (attendance.family.length > 0) {
    writer.gap(6);
    writer.table(
      [
        { header: person.name, share: 0.27 },
        { header: person.kana, share: 0.3 },
        { header: person.relationship, share: 0.25 },
        { header: person.livesWithPatient, share: 0.18 },
      ],
      attendance.family.map((member) => [
        formatName(member.name),
        formatKana(member.name),
        context.relationshipName(member.relationship),
        livingArrangement(member.livesWithPatient, labels),
      ]),
    );
  }
  if (attendance.attendance === 'family_only') {
    writer.gap(6);
    writer.fields([
      { label: labels.application.patientConsent, value: labels.patientConsent[attendance.patientConsent] },
    ]);
  }
}

function writePhysician(writer: FormWriter, labels: FormLabels, application: Application): void {
  const { physician } = application;
  const { person } = labels;
  const form = labels.application;
  writer.section(form.physician);
  writer.fields([
    { label: form.institution, value: physician.institution },
    [
      { label: form.department, value: physician.department },
      { label: form.doctorName, value: physician.name },
    ],
    { label: person.address, value: formatAddress(physician.address) },
    [
      { label: person.phone, value: physician.phone },
      { label: person.email, value: physician.email ?? '—' },
    ],
    { label: form.physicianAgrees, value: physician.agrees ? form.agreed : form.notAgreed },
  ]);
}

function writeConsultation(
  writer: FormWriter,
  labels: FormLabels,
  application: Application,
  context: PrintContext,
): void {
  const form = labels.application;
  writer.section(form.consultation);
  writer.fields([
    [
      { label: form.wantedDepartment, value: context.departmentName },
      { label: form.condition, value: context.conditionName },
    ],
    {
      label: form.materials,
      value: application.consultation.canProvideMaterials ? form.canProvide : form.cannotProvide,
    },
  ]);
}

function writePreferences(
  writer: FormWriter,
  labels: FormLabels,
  application: Application,
  context: PrintContext,
): void {
  const { preferences } = application;
  const form = labels.application;
  const dates = preferences.preferredDates.map((date) => formatDateWithWeekday(date, context.locale));
  writer.section(form.preferences);
  writer.fields([
    {
      label: form.preferredDates,
      value: dates.length > 0 ? dates.join(context.locale === 'ja' ? '、' : '; ') : labels.none,
    },
    { label: form.timeOfDay, value: labels.timeOfDay[preferences.timeOfDay] },
    ...(preferences.notes ? [{ label: form.notes, value: preferences.notes }] : []),
  ]);
}

function writeDeclarations(
  writer: FormWriter,
  labels: FormLabels,
  application: Application,
  context: PrintContext,
): void {
  const form = labels.application;
  writer.section(form.declarations);
  writer.gap(6);
  writer.checkItem(application.declarations.privacyPolicyAccepted, form.privacy);
  writer.paragraph(context.hospital.privacyPolicy, { size: 7.5, indent: 22 });
  writer.gap(4);
  writer.checkItem(application.declarations.consultFromJapan, form.inJapan);
}
