import type { Resources } from './ja.js';
import { enAccount } from './en/account.js';
import { enAdmin } from './en/admin.js';
import { enApplication } from './en/application.js';
import { enCaseStatus } from './en/case-status.js';
import { enDocuments } from './en/documents.js';
import { enGuide } from './en/guide.js';
import { enPhysician } from './en/physician.js';
import { enPrecheck } from './en/precheck.js';
import { enLiaison } from './en/liaison.js';

/** English: a full translation of the Japanese, not a summary. */
export const en: Resources = {
  ...enGuide,
  ...enAccount,
  ...enAdmin,
  ...enPrecheck,
  ...enDocuments,
  ...enApplication,
  ...enCaseStatus,
  ...enPhysician,
  ...enLiaison,
};
