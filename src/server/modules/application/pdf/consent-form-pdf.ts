import type { Application } from '../../../../shared/contracts/application.js';
import { openForm } from './form-frame.js';
import type { PrintContext } from './print-context.js';
import { formatDateWithEra, formatKana, formatName, livingArrangement } from './print-format.js';

/** Rows left to write in by hand when the application names no family member yet. */
const BLANK_FAMILY_ROWS = 3;
/** Height reserved for the unable-to-sign box, so it is never split across pages. */
const UNABLE_BOX_HEIGHT = 210;
const INSET = 14;

/**
 * The consent form (相談同意書, R-ELIG-02, R-DOC-02) prefilled for the patient to sign: who the patient
 * is and which family members consult on their behalf. When the patient cannot sign because of their
 * condition, the form carries the printed note that replaces the signature, with room for the family
 * member to write the reason and sign.
 */
export async function renderConsentFormPdf(
  application: Pick<Application, 'patient' | 'attendance'>,
  context: PrintContext,
): Promise<Uint8Array> {
  const { writer, labels, finish } = await openForm(context, (all) => all.consent.title);
  const { patient, attendance } = application;
  const { person, consent } = labels;
  const { hospital } = context;

  writer.gap(4);
  writer.paragraph(consent.addressee(hospital.name), { weight: 'bold' });
  writer.gap(4);
  writer.paragraph(consent.statement(hospital.name, hospital.serviceName));

  writer.section(consent.patient);
  writer.fields([
    [
      { label: person.name, value: formatName(patient.name) },
      { label: person.kana, value: formatKana(patient.name) },
    ],
    { label: person.birthDate, value: formatDateWithEra(patient.birthDate, context.locale) },
  ]);

  writer.section(consent.family);
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
    attendance.family.length === 0 ? BLANK_FAMILY_ROWS : 0,
  );

  writer.section(consent.signature);
  writer.gap(10);
  writer.writeIn([
    { label: consent.signedOn, share: 0.4, hint: consent.dateBlank },
    { label: consent.patientSignature, share: 0.6 },
  ]);

  if (attendance.patientConsent === 'unable_to_sign_noted') {
    writer.gap(16);
    writer.framed(UNABLE_BOX_HEIGHT, () => {
      writer.paragraph(consent.unableTitle, { weight: 'bold', indent: INSET });
      writer.gap(4);
      writer.paragraph(consent.unableReason, { size: 8.5, indent: INSET });
      writer.ruledLines(3, INSET);
      writer.gap(10);
      writer.writeIn(
        [
          { label: consent.writer, share: 0.45 },
          { label: person.relationship, share: 0.2 },
          { label: consent.signedOn, share: 0.35, hint: consent.dateBlank },
        ],
        INSET,
      );
    });
  }
  return finish();
}
