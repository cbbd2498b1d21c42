import { describe, expect, it } from 'vitest';
import { applicationSchema } from '../../../shared/contracts/application.js';
import { savableDraft } from './savable.js';
import { completeDraft, testContext } from './testing-fixtures.js';

describe('what a draft save sends', () => {
  it('sends a complete application that the submission contract accepts', () => {
    expect(applicationSchema.safeParse(savableDraft(completeDraft(), testContext)).success).toBe(true);
  });

  it('tidies kana, postal codes, phone numbers and e-mail as the form does on leaving a field', () => {
    const draft = completeDraft();
    const saved = savableDraft(
      {
        ...draft,
        patient: {
          ...draft.patient,
          name: { familyName: '山田', familyNameKana: 'やまだ', givenNameKana: 'ﾀﾛｳ' },
          address: { postalCode: '１１３ー８６５５' },
          phone: '０３５８００８６３０',
          email: ' ｔａｒｏ@example.jp ',
        },
      },
      testContext,
    );
    expect(saved.patient?.name).toEqual({
      familyName: '山田',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'タロウ',
    });
    expect(saved.patient?.address).toEqual({ postalCode: '113-8655' });
    expect(saved.patient?.phone).toBe('03-5800-8630');
    expect(saved.patient?.email).toBe('taro@example.jp');
  });

  it('keeps half-typed values on the device only, and saves everything else', () => {
    const draft = completeDraft();
    const saved = savableDraft(
      {
        ...draft,
        patient: {
          ...draft.patient,
          phone: '03-58',
          email: 'taro@',
          address: { postalCode: '113', city: '' },
        },
        consultation: { ...draft.consultation, purposes: [] },
        preferences: { preferredDates: ['2026-07-01', '2026-07-'], timeOfDay: 'no_preference' },
      },
      testContext,
    );
    expect(saved.patient?.phone).toBeUndefined();
    expect(saved.patient?.email).toBeUndefined();
    expect(saved.patient?.address).toEqual({});
    expect(saved.patient?.name?.familyName).toBe('山田');
    expect(saved.consultation?.purposes).toBeUndefined();
    expect(saved.consultation?.questions).toBe('今の治療でよいか');
    expect(saved.preferences?.preferredDates).toEqual(['2026-07-01']);
  });

  it('saves only whole family members (the contract keeps no half member)', () => {
    const draft = completeDraft();
    const [daughter] = draft.attendance?.family ?? [];
    const saved = savableDraft(
      {
        ...draft,
        attendance: {
          attendance: 'family_only',
          family: [
            { name: {}, relationship: 'spouse', livesWithPatient: true },
            ...(daughter ? [daughter] : []),
          ],
          patientConsent: 'signed',
        },
      },
      testContext,
    );
    expect(saved.attendance?.family?.map((member) => member.relationship)).toEqual(['child']);
  });

  it('fills in what a screen that did not apply would have answered', () => {
    const draft = completeDraft();
    const alone = savableDraft(
      {
        ...draft,
        patient: { ...draft.patient, deceased: undefined },
        attendance: { ...draft.attendance, attendance: 'patient', patientConsent: undefined },
      },
      testContext,
    );
    expect(alone.patient?.deceased).toBe(false);
    expect(alone.attendance).toEqual({ attendance: 'patient', family: [], patientConsent: 'none' });

    const child = savableDraft(
      {
        ...draft,
        patient: { ...draft.patient, birthDate: '2010-04-01' },
        attendance: { ...draft.attendance, patientConsent: undefined },
      },
      testContext,
    );
    expect(child.attendance?.patientConsent).toBe('none');
  });
});
