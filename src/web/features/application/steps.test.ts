import { describe, expect, it } from 'vitest';
import { reasonCodes } from '../../../shared/contracts/eligibility.js';
import { applicableSteps, firstStepOf, stepIds, stepOfField, stepOfReason } from './steps.js';
import { completeDraft, testContext } from './testing-fixtures.js';

describe('the screens of the application', () => {
  it('asks about family and the consent form only when the family attends alone for an adult', () => {
    const draft = completeDraft();
    expect(applicableSteps(draft, testContext)).toEqual([
      'attendance',
      'family',
      'patient',
      'contact',
      'circumstances',
      'consent',
      'physician',
      'consultation',
      'details',
      'purposes',
      'preferences',
      'documents',
      'declarations',
      'review',
    ]);
    const alone = { ...draft, attendance: { attendance: 'patient' as const } };
    expect(applicableSteps(alone, testContext)).not.toContain('family');
    expect(applicableSteps(alone, testContext)).not.toContain('consent');
    const together = {
      ...draft,
      attendance: { ...draft.attendance, attendance: 'patient_with_family' as const },
    };
    expect(applicableSteps(together, testContext)).toContain('family');
    expect(applicableSteps(together, testContext)).not.toContain('consent');
  });

  it('R-ELIG-02 asks no consent form for a patient under 18 on the application date (JST)', () => {
    const draft = completeDraft();
    const withBirth = (birthDate: string) => ({ ...draft, patient: { ...draft.patient, birthDate } });
    // 18th birthday today: 18 years old, consent needed; the day before the birthday: 17.
    expect(applicableSteps(withBirth('2008-06-15'), testContext)).toContain('consent');
    expect(applicableSteps(withBirth('2008-06-16'), testContext)).not.toContain('consent');
    expect(applicableSteps(withBirth('2010-04-01'), testContext)).not.toContain('consent');
  });

  it('assumes the consent form is needed until the birth date is known', () => {
    const draft = completeDraft();
    const unknown = { ...draft, patient: { ...draft.patient, birthDate: undefined } };
    expect(applicableSteps(unknown, testContext)).toContain('consent');
  });

  it('maps the server’s field paths to the screen that asks for them', () => {
    expect(stepOfField('application.patient.phone')).toBe('contact');
    expect(stepOfField('application.patient.address.postalCode')).toBe('contact');
    expect(stepOfField('application.patient.name.familyNameKana')).toBe('patient');
    expect(stepOfField('application.patient.birthDate')).toBe('patient');
    expect(stepOfField('application.patient')).toBe('patient');
    expect(stepOfField('application.patient.hasJapaneseHealthInsurance')).toBe('circumstances');
    expect(stepOfField('application.attendance.family.0.name.givenName')).toBe('family');
    expect(stepOfField('application.attendance.patientConsent')).toBe('consent');
    expect(stepOfField('application.attendance.attendance')).toBe('attendance');
    expect(stepOfField('application.physician.phone')).toBe('physician');
    expect(stepOfField('application.consultation.condition')).toBe('consultation');
    expect(stepOfField('application.consultation.questions')).toBe('details');
    expect(stepOfField('application.consultation.purposes')).toBe('purposes');
    expect(stepOfField('application.preferences.preferredDates.1')).toBe('preferences');
    expect(stepOfField('application.declarations.privacyPolicyAccepted')).toBe('declarations');
    expect(stepOfField('body')).toBe('review');
  });

  it('takes the person to the earliest screen of all the fields named', () => {
    expect(
      firstStepOf([
        'application.declarations.consultFromJapan',
        'application.physician.phone',
        'application.patient.email',
      ]),
    ).toBe('contact');
    expect(firstStepOf([])).toBeUndefined();
  });
});

describe('a refused submission points to the answer behind each reason', () => {
  it('has a screen for every refusal of the rules, and none for a review', () => {
    for (const code of reasonCodes) {
      const step = stepOfReason[code];
      if (code === 'CONDITION_NEEDS_REVIEW') expect(step).toBeUndefined();
      else expect(stepIds, code).toContain(step);
    }
  });
});
