import { z } from 'zod';
import type { KinshipSettings } from '../contracts/profile.js';

/** The relationship of an attending family member to the patient (SPEC §4). */
export const relationships = [
  'spouse',
  'parent',
  'child',
  'sibling',
  'grandparent',
  'grandchild',
  'great_grandparent',
  'great_grandchild',
  'uncle_aunt',
  'nephew_niece',
  'cousin',
  'parent_in_law',
  'child_in_law',
  'sibling_in_law',
  'grandparent_in_law',
  'grandchild_in_law',
  'uncle_aunt_in_law',
  'nephew_niece_in_law',
  'other',
] as const;
export const relationshipSchema = z.enum(relationships);
export type Relationship = z.infer<typeof relationshipSchema>;

export type KinshipKind = 'spouse' | 'blood' | 'in_law' | 'unknown';
export interface Kinship {
  /** 親等 under the Civil Code; null when unknown. */
  degree: number | null;
  kind: KinshipKind;
}

/**
 * Degrees of kinship (親等). A spouse has no degree in Japanese law (配偶者 is neither 血族 nor 姻族);
 * we record 0 so "within N degrees" always includes them, as the guide intends for family.
 * A relative by marriage (姻族) has the degree of the spouse's blood relative.
 */
const kinshipTable: Record<Relationship, Kinship> = {
  spouse: { degree: 0, kind: 'spouse' },
  parent: { degree: 1, kind: 'blood' },
  child: { degree: 1, kind: 'blood' },
  sibling: { degree: 2, kind: 'blood' },
  grandparent: { degree: 2, kind: 'blood' },
  grandchild: { degree: 2, kind: 'blood' },
  great_grandparent: { degree: 3, kind: 'blood' },
  great_grandchild: { degree: 3, kind: 'blood' },
  uncle_aunt: { degree: 3, kind: 'blood' },
  nephew_niece: { degree: 3, kind: 'blood' },
  cousin: { degree: 4, kind: 'blood' },
  parent_in_law: { degree: 1, kind: 'in_law' },
  child_in_law: { degree: 1, kind: 'in_law' },
  sibling_in_law: { degree: 2, kind: 'in_law' },
  grandparent_in_law: { degree: 2, kind: 'in_law' },
  grandchild_in_law: { degree: 2, kind: 'in_law' },
  uncle_aunt_in_law: { degree: 3, kind: 'in_law' },
  nephew_niece_in_law: { degree: 3, kind: 'in_law' },
  other: { degree: null, kind: 'unknown' },
};

export function kinshipOf(relationship: Relationship): Kinship {
  return kinshipTable[relationship];
}

/** R-ELIG-01: may this relative consult for (or with) the patient under the hospital's settings? */
export function isAllowedProxy(relationship: Relationship, settings: KinshipSettings): boolean {
  const { degree, kind } = kinshipOf(relationship);
  if (kind === 'spouse') return true;
  if (degree === null || kind === 'unknown') return false;
  if (kind === 'in_law' && !settings.includeInLaws) return false;
  return degree <= settings.maxDegree;
}
