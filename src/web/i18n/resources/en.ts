import type { Resources } from './ja.js';
import { enAccount } from './en/account.js';
import { enAdmin } from './en/admin.js';
import { enGuide } from './en/guide.js';

/** English: a full translation of the Japanese, not a summary. */
export const en: Resources = { ...enGuide, ...enAccount, ...enAdmin };
