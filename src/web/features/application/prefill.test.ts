import { describe, expect, it } from 'vitest';
import { draftFromPrecheck } from './prefill.js';

describe('a new application starts from the saved pre-check', () => {
  it('carries over attendance, family, the patient’s facts, the department and the purposes', () => {
    const draft = draftFromPrecheck({
      patient: {
        birthDate: '1946-01-01',
        deceased: false,
        livesInJapan: true,
        japaneseNational: true,
        hasJapaneseHealthInsurance: true,
      },
      attendance: 'family_only',
      family: [{ relationship: 'child', livesWithPatient: false }],
      patientConsent: 'signed',
      primaryPhysicianAgrees: true,
      canProvideMaterials: true,
      purposes: ['diagnosis_opinion', 'prognosis_opinion'],
      department: 'geriatrics',
      condition: 'dementia',
      consultFromJapan: true,
    });
    expect(draft).toEqual({
      patient: {
        birthDate: '1946-01-01',
        deceased: false,
        livesInJapan: true,
        japaneseNational: true,
        hasJapaneseHealthInsurance: true,
      },
      attendance: {
        attendance: 'family_only',
        family: [{ name: {}, relationship: 'child', livesWithPatient: false }],
        patientConsent: 'signed',
      },
      physician: { agrees: true },
      consultation: {
        department: 'geriatrics',
        condition: 'dementia',
        purposes: ['diagnosis_opinion', 'prognosis_opinion'],
        canProvideMaterials: true,
      },
      declarations: { consultFromJapan: true },
    });
  });

  it('lists nobody else when the patient attends alone, and keeps a typed disease name', () => {
    const draft = draftFromPrecheck({
      patient: {
        birthDate: '1990-05-05',
        deceased: false,
        livesInJapan: true,
        japaneseNational: false,
        hasJapaneseHealthInsurance: true,
      },
      attendance: 'patient',
      family: [{ relationship: 'spouse', livesWithPatient: true }],
      primaryPhysicianAgrees: false,
      canProvideMaterials: true,
      purposes: ['treatment_opinion'],
      department: 'pediatrics',
      condition: 'まれな病気',
      consultFromJapan: false,
    });
    expect(draft.attendance?.family).toEqual([]);
    expect(draft.attendance?.patientConsent).toBeUndefined();
    expect(draft.consultation?.condition).toBe('まれな病気');
    expect(draft.physician).toEqual({ agrees: false });
    expect(draft.declarations).toEqual({ consultFromJapan: false });
  });
});
