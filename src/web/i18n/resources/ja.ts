import { jaAccount } from './ja/account.js';
import { jaAdmin } from './ja/admin.js';
import { jaApplication } from './ja/application.js';
import { jaCaseStatus } from './ja/case-status.js';
import { jaDocuments } from './ja/documents.js';
import { jaGuide } from './ja/guide.js';
import { jaPhysician } from './ja/physician.js';
import { jaPrecheck } from './ja/precheck.js';
import { jaLiaison } from './ja/liaison.js';

/** Japanese, the first language: plain words, short sentences, no jargon without an explanation. */
export const ja = {
  ...jaGuide,
  ...jaAccount,
  ...jaAdmin,
  ...jaPrecheck,
  ...jaDocuments,
  ...jaApplication,
  ...jaCaseStatus,
  ...jaPhysician,
  ...jaLiaison,
} as const;

type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every translation must have: a missing key is a type error. */
export type Resources = Widen<typeof ja>;
