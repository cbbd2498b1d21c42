import { describe, expect, it } from 'vitest';
import { applicableSteps } from './steps.js';
import { completeDraft, testContext } from './testing-fixtures.js';
import { stepProblems } from './validation.js';

describe('what stops "next" on each screen', () => {
  it('lets a complete application through every screen', () => {
    const draft = completeDraft();
    for (const step of applicableSteps(draft, testContext)) {
      expect(stepProblems(step, draft, testContext), step).toEqual({});
    }
  });

  it('asks for each missing answer of an empty application, beside its field', () => {
    expect(Object.keys(stepProblems('patient', {}, testContext))).toEqual([
      'patient.name.familyName',
      'patient.name.givenName',
      'patient.name.familyNameKana',
      'patient.name.givenNameKana',
      'patient.birthDate',
      'patient.sex',
    ]);
    expect(
      stepProblems('family', { attendance: { attendance: 'family_only', family: [] } }, testContext),
    ).toEqual({
      'attendance.family': 'application.errors.familyMember',
    });
    expect(stepProblems('declarations', {}, testContext)).toEqual({
      'declarations.privacyPolicyAccepted': 'application.errors.privacy',
      'declarations.consultFromJapan': 'application.errors.inJapan',
    });
  });

  it('accepts kana in hiragana or half width, and refuses kanji in a kana field', () => {
    const draft = completeDraft();
    const named = (familyNameKana: string) => ({
      ...draft,
      patient: { ...draft.patient, name: { ...draft.patient?.name, familyNameKana } },
    });
    expect(stepProblems('patient', named('やまだ'), testContext)).toEqual({});
    expect(stepProblems('patient', named('ﾔﾏﾀﾞ'), testContext)).toEqual({});
    expect(stepProblems('patient', named('山田'), testContext)).toEqual({
      'patient.name.familyNameKana': 'application.errors.kana',
    });
  });

  it('R-DOC-07 checks the contact phone and the postal code in any width, with or without hyphens', () => {
    const draft = completeDraft();
    const contact = (phone: string, postalCode: string) => ({
      ...draft,
      patient: { ...draft.patient, phone, address: { ...draft.patient?.address, postalCode } },
    });
    expect(stepProblems('contact', contact('０９０１２３４５６７８', '１１３８６５５'), testContext)).toEqual(
      {},
    );
    expect(stepProblems('contact', contact('03-1234', '113-86'), testContext)).toEqual({
      'patient.address.postalCode': 'application.errors.postalCode',
      'patient.phone': 'application.errors.phone',
    });
  });

  it('asks whether the patient is alive only when the family attends alone', () => {
    const draft = completeDraft();
    const unknown = { ...draft, patient: { ...draft.patient, deceased: undefined } };
    expect(stepProblems('circumstances', unknown, testContext)).toEqual({
      'patient.deceased': 'application.errors.choose',
    });
    const attends = { ...unknown, attendance: { attendance: 'patient' as const } };
    expect(stepProblems('circumstances', attends, testContext)).toEqual({});
  });

  it('takes the physician’s e-mail as optional, but checks it when given', () => {
    const draft = completeDraft();
    const withEmail = (email: string) => ({ ...draft, physician: { ...draft.physician, email } });
    expect(stepProblems('physician', withEmail(''), testContext)).toEqual({});
    expect(stepProblems('physician', withEmail('sato@'), testContext)).toEqual({
      'physician.email': 'application.errors.email',
    });
  });

  it('wants preferred dates after today, and a department of the hospital', () => {
    const draft = completeDraft();
    const dated = {
      ...draft,
      preferences: { preferredDates: ['2026-06-15', '2026-02-30'], timeOfDay: 'no_preference' as const },
    };
    expect(stepProblems('preferences', dated, testContext)).toEqual({
      'preferences.preferredDates.0': 'application.errors.dateFuture',
      'preferences.preferredDates.1': 'application.errors.date',
    });
    const unknown = { ...draft, consultation: { ...draft.consultation, department: 'dermatology' } };
    expect(stepProblems('consultation', unknown, testContext)).toEqual({
      'consultation.department': 'application.errors.choose',
    });
  });
});
