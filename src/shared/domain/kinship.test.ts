import { describe, expect, it } from 'vitest';
import { demoHospital } from '../../server/db/seed/demo-hospital.js';
import {
  isAllowedProxy,
  kinshipOf,
  relationshipSchema,
  relationships,
  type Relationship,
} from './kinship.js';

const demo = demoHospital.kinship; // 3 degrees, in-laws included

const table: [Relationship, number | null, string, boolean][] = [
  ['spouse', 0, 'spouse', true],
  ['parent', 1, 'blood', true],
  ['child', 1, 'blood', true],
  ['sibling', 2, 'blood', true],
  ['grandparent', 2, 'blood', true],
  ['grandchild', 2, 'blood', true],
  ['great_grandparent', 3, 'blood', true],
  ['great_grandchild', 3, 'blood', true],
  ['uncle_aunt', 3, 'blood', true],
  ['nephew_niece', 3, 'blood', true],
  ['cousin', 4, 'blood', false],
  ['parent_in_law', 1, 'in_law', true],
  ['child_in_law', 1, 'in_law', true],
  ['sibling_in_law', 2, 'in_law', true],
  ['grandparent_in_law', 2, 'in_law', true],
  ['grandchild_in_law', 2, 'in_law', true],
  ['uncle_aunt_in_law', 3, 'in_law', true],
  ['nephew_niece_in_law', 3, 'in_law', true],
  ['other', null, 'unknown', false],
];

describe('kinship degrees (demo profile: 3 degrees, in-laws count)', () => {
  it('R-ELIG-01 the table covers every relationship of the contract', () => {
    expect(table.map(([r]) => r).sort()).toEqual([...relationships].sort());
  });
  it.each(table)('R-ELIG-01 %s: degree %s, %s, allowed %s', (relationship, degree, kind, allowed) => {
    expect(kinshipOf(relationship)).toEqual({ degree, kind });
    expect(isAllowedProxy(relationship, demo)).toBe(allowed);
  });
});

describe('kinship settings are the hospital’s', () => {
  it('R-ELIG-01 without in-laws only blood relatives and the spouse may consult', () => {
    const noInLaws = { maxDegree: 3, includeInLaws: false };
    expect(isAllowedProxy('parent_in_law', noInLaws)).toBe(false);
    expect(isAllowedProxy('nephew_niece', noInLaws)).toBe(true);
    expect(isAllowedProxy('spouse', noInLaws)).toBe(true);
  });
  it('R-ELIG-01 a lower maximum degree excludes farther relatives', () => {
    const twoDegrees = { maxDegree: 2, includeInLaws: true };
    expect(isAllowedProxy('grandchild', twoDegrees)).toBe(true);
    expect(isAllowedProxy('uncle_aunt', twoDegrees)).toBe(false);
    expect(isAllowedProxy('uncle_aunt_in_law', twoDegrees)).toBe(false);
  });
  it('R-ELIG-01 the spouse counts even with a maximum of 0 degrees; "other" never does', () => {
    expect(isAllowedProxy('spouse', { maxDegree: 0, includeInLaws: false })).toBe(true);
    expect(isAllowedProxy('child', { maxDegree: 0, includeInLaws: false })).toBe(false);
    expect(isAllowedProxy('other', { maxDegree: 6, includeInLaws: true })).toBe(false);
  });
  it('R-ELIG-01 cousins count when the hospital allows 4 degrees', () => {
    expect(isAllowedProxy('cousin', { maxDegree: 4, includeInLaws: false })).toBe(true);
  });
  it('R-ELIG-01 the zod enum refuses unknown relationships', () => {
    expect(relationshipSchema.safeParse('friend').success).toBe(false);
    expect(relationshipSchema.safeParse('sibling_in_law').success).toBe(true);
  });
});
