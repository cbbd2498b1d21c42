import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hospitalProfile } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { profileSettingsSchema } from '../profile/profile.repository.js';
import { assess, JAPANESE, patientWith, request } from './rules.fixtures.js';

/** A cousin (4th degree) attending with the patient: refused under the demo profile's 3rd degree. */
const withCousin = request({
  attendance: 'patient_with_family',
  family: [{ relationship: 'cousin', livesWithPatient: false }],
});
/** Every reason that carries a hospital setting, plus a few plain ones. */
const manyReasons = request({
  attendance: 'family_only',
  family: [{ relationship: 'cousin', livesWithPatient: false }],
  patientConsent: 'none',
  patient: patientWith({ deceased: true }),
  condition: 'free text',
  consultFromJapan: false,
});

describe('POST /api/v1/eligibility/assessments: messages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('SPEC-4 messages and titles are Japanese by default', async () => {
    const answer = await assess(t, manyReasons);
    expect(answer.reasons.length).toBeGreaterThanOrEqual(5);
    for (const reason of answer.reasons) expect(reason.message).toMatch(JAPANESE);
    for (const document of answer.requiredDocuments) expect(document.title).toMatch(JAPANESE);
  });

  it('SPEC-4 messages and titles follow Accept-Language: en', async () => {
    for (const acceptLanguage of ['en', 'en-GB,en;q=0.9', 'fr, en;q=0.5']) {
      const answer = await assess(t, manyReasons, { 'accept-language': acceptLanguage });
      for (const reason of answer.reasons) {
        expect(reason.message).toMatch(/[a-z]{3,}/);
        expect(reason.message).not.toMatch(JAPANESE);
      }
      for (const document of answer.requiredDocuments) expect(document.title).not.toMatch(JAPANESE);
    }
    // A language we do not speak falls back to Japanese; a lower-ranked ja loses to en.
    const french = await assess(t, manyReasons, { 'accept-language': 'fr-FR' });
    expect(french.reasons[0]?.message).toMatch(JAPANESE);
    const ranked = await assess(t, manyReasons, { 'accept-language': 'ja;q=0.2, en;q=0.8' });
    expect(ranked.reasons[0]?.message).not.toMatch(JAPANESE);
  });

  it('R-ELIG-01 R-ELIG-02 messages carry the profile’s kinship degree (3) and exempt age (18), never a placeholder', async () => {
    for (const [language, degree, age] of [
      ['ja', '3親等以内', '18歳未満'],
      ['en', 'within 3 degrees', 'under 18'],
    ] as const) {
      const answer = await assess(t, manyReasons, { 'accept-language': language });
      const message = (code: string) => answer.reasons.find((reason) => reason.code === code)?.message;
      expect(message('REQUESTER_NOT_ELIGIBLE')).toContain(degree);
      expect(message('PATIENT_CONSENT_MISSING')).toContain(age);
      for (const reason of answer.reasons) expect(reason.message).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('R-ELIG-01 the degree comes from the hospital profile: raised to 4, the cousin may attend and the message says 4', async () => {
    const [row] = await t.database.db.select().from(hospitalProfile);
    const settings = profileSettingsSchema.parse(row?.settings);
    const before = await assess(t, withCousin);
    expect(before.reasons.map((reason) => reason.code)).toEqual(['REQUESTER_NOT_ELIGIBLE']);

    await t.database.db
      .update(hospitalProfile)
      .set({ settings: { ...settings, kinship: { maxDegree: 4, includeInLaws: true } } });
    try {
      expect((await assess(t, withCousin)).outcome).toBe('eligible');
      const refused = await assess(
        t,
        request({
          attendance: 'patient_with_family',
          family: [{ relationship: 'other', livesWithPatient: false }],
        }),
      );
      expect(refused.reasons[0]?.message).toContain('4親等以内');
    } finally {
      await t.database.db.update(hospitalProfile).set({ settings });
    }
  });
});
