import { formLabels, type FormLabels } from './form-labels.js';
import type { PageFurniture } from './form-pages.js';
import { FormWriter } from './form-writer.js';
import type { PrintContext } from './print-context.js';
import { formatDateWithEra, submissionDate } from './print-format.js';

/**
 * What every printed form shares: metadata, the title with case number and submission date, and the
 * hospital's name and contact on every page, so a loose sheet still says where it belongs.
 */
export interface OpenForm {
  writer: FormWriter;
  labels: FormLabels;
  /** Call last: draws the page furniture and returns the file. */
  finish: () => Promise<Uint8Array>;
}

export async function openForm(
  context: PrintContext,
  titleOf: (labels: FormLabels) => string,
): Promise<OpenForm> {
  const labels = formLabels[context.locale];
  const formTitle = titleOf(labels);
  const { hospital } = context;
  const caseNumber = context.caseNumber ?? '—';
  const writer = await FormWriter.create({
    // No patient name in the metadata: it shows in file lists and window titles.
    title: `${hospital.serviceName} ${formTitle}`,
    author: hospital.name,
    subject: `${formTitle} (${labels.caseNumber} ${caseNumber})`,
    language: context.locale === 'ja' ? 'ja-JP' : 'en-GB',
    continued: labels.continued,
  });
  const submitted = submissionDate(context);
  writer.title(formTitle, `${hospital.name}${labels.separator}${hospital.serviceName}`, [
    { label: labels.caseNumber, value: caseNumber },
    {
      label: labels.submittedOn,
      value: submitted ? formatDateWithEra(submitted, context.locale) : labels.notSubmitted,
    },
  ]);
  const hours = context.locale === 'ja' ? `（${hospital.phoneHours}）` : ` (${hospital.phoneHours})`;
  const furniture: PageFurniture = {
    headerLeft: `${hospital.name}${labels.separator}${hospital.serviceName}`,
    headerRight: `${formTitle}${labels.separator}${labels.caseNumber} ${caseNumber}`,
    footerLines: [
      `${labels.contact}: ${hospital.liaisonCentreName}${labels.separator}${labels.phone} ${hospital.phone}${hours}`,
      `${labels.mailTo}: 〒${hospital.postalAddress.postalCode} ${hospital.postalAddress.address} ${hospital.postalAddress.recipient}`,
    ],
  };
  return { writer, labels, finish: () => writer.finish(furniture) };
}
