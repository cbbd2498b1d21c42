import { describe, expect, it } from 'vitest';
import { demoHospital } from '../../server/db/seed/demo-hospital.js';
import { reasonCodes } from '../contracts/eligibility.js';
import { documentCodes } from '../contracts/profile.js';
import { documentTitle, reasonMessage, rulesMessages } from './rules-messages.js';

const locales = ['ja', 'en'] as const;

describe('rules messages', () => {
  it.each(locales)('R-ELIG-01 every reason has a %s text with settings filled in', (locale) => {
    for (const code of reasonCodes) {
      const text = reasonMessage(locale, code, demoHospital);
      expect(text.length, code).toBeGreaterThan(20);
      expect(text, code).not.toMatch(/\{\{|\}\}/);
    }
  });
  it('R-ELIG-01 R-ELIG-02 the hospital settings appear in the text', () => {
    expect(reasonMessage('ja', 'REQUESTER_NOT_ELIGIBLE', demoHospital)).toContain('3親等以内');
    expect(reasonMessage('ja', 'PATIENT_CONSENT_MISSING', demoHospital)).toContain('18歳未満');
    const other = {
      ...demoHospital,
      kinship: { maxDegree: 2, includeInLaws: true },
      consentExemptUnderAge: 20,
    };
    expect(reasonMessage('en', 'REQUESTER_NOT_ELIGIBLE', other)).toContain('within 2 degrees');
    expect(reasonMessage('en', 'PATIENT_CONSENT_MISSING', other)).toContain('under 20');
  });
  it.each(locales)('R-DOC-01 every document has a %s title', (locale) => {
    for (const code of documentCodes) expect(documentTitle(locale, code).length, code).toBeGreaterThan(5);
    expect(Object.keys(rulesMessages[locale].documents).sort()).toEqual([...documentCodes].sort());
  });
  it('R-DOC-01 the referral letter is called 診療情報提供書（紹介状） in Japanese', () => {
    expect(documentTitle('ja', 'REFERRAL_LETTER')).toBe('診療情報提供書（紹介状）');
  });
});
