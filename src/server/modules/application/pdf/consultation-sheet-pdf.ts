import type { Application } from '../../../../shared/contracts/application.js';
import { openForm } from './form-frame.js';
import type { PrintContext } from './print-context.js';
import { formatBirthDate, formatKana, formatName, submissionDate } from './print-format.js';

/**
 * The consultation sheet (相談シート, R-DOC-01): what the patient asks the specialist. The answers are
 * long free text, printed in full however long: boxes continue onto further pages.
 */
export async function renderConsultationSheetPdf(
  application: Pick<Application, 'patient' | 'consultation'>,
  context: PrintContext,
): Promise<Uint8Array> {
  const { writer, labels, finish } = await openForm(context, (all) => all.sheet.title);
  const { patient, consultation } = application;
  const { person, sheet } = labels;

  writer.section(sheet.patient);
  writer.fields([
    [
      { label: person.name, value: formatName(patient.name) },
      { label: person.kana, value: formatKana(patient.name) },
    ],
    {
      label: person.birthDate,
      value: formatBirthDate(patient.birthDate, submissionDate(context), context.locale, labels),
    },
  ]);

  writer.section(sheet.consultation);
  writer.fields([
    [
      { label: labels.application.wantedDepartment, value: context.departmentName },
      { label: labels.application.condition, value: context.conditionName },
    ],
  ]);
  writer.gap(6);
  writer.paragraph(sheet.purposes, { size: 8.5, weight: 'bold' });
  for (const purpose of consultation.purposes) writer.checkItem(true, labels.purposes[purpose]);

  writer.textBlock(sheet.currentDiagnosis, consultation.currentDiagnosis);
  writer.textBlock(sheet.currentTreatment, consultation.currentTreatment);
  writer.textBlock(sheet.questions, consultation.questions, 6);
  return finish();
}
