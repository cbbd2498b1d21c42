import { jaAccount } from './ja/account.js';
import { jaAdmin } from './ja/admin.js';
import { jaGuide } from './ja/guide.js';

/** Japanese, the first language: plain words, short sentences, no jargon without an explanation. */
export const ja = { ...jaGuide, ...jaAccount, ...jaAdmin } as const;

type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : { [K in keyof T]: Widen<T[K]> };

/** The shape every translation must have: a missing key is a type error. */
export type Resources = Widen<typeof ja>;
