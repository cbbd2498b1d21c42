// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { EligibilityRequestInput } from '../../../shared/contracts/eligibility.js';
import { precheckDraftKey, savedPrecheckKey } from './device-storage.js';
import { clearSavedPrecheck, loadSavedPrecheck, savePrecheck } from './saved-precheck.js';

const answers: EligibilityRequestInput = {
  patient: {
    birthDate: '1946-05-03',
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
  purposes: ['diagnosis_opinion'],
  department: 'geriatrics',
  condition: 'dementia',
  consultFromJapan: true,
};

const day = 24 * 60 * 60 * 1000;
const savedAt = new Date('2026-11-01T03:00:00.000Z');

beforeEach(() => window.localStorage.clear());

describe('saved pre-check (carry-over to the application)', () => {
  it('keeps the answers under consilium.precheck.v1 with the time they were saved', () => {
    savePrecheck(answers, savedAt);
    expect(JSON.parse(window.localStorage.getItem(savedPrecheckKey) ?? 'null')).toEqual({
      savedAt: '2026-11-01T03:00:00.000Z',
      answers,
    });
    expect(loadSavedPrecheck(new Date(savedAt.getTime() + day))).toEqual({
      savedAt: '2026-11-01T03:00:00.000Z',
      answers,
    });
  });

  it('still reads answers 30 days old, and drops them a moment later', () => {
    savePrecheck(answers, savedAt);
    expect(loadSavedPrecheck(new Date(savedAt.getTime() + 30 * day))).not.toBeNull();
    expect(loadSavedPrecheck(new Date(savedAt.getTime() + 30 * day + 1))).toBeNull();
    expect(window.localStorage.getItem(savedPrecheckKey)).toBeNull();
  });

  it.each([
    ['not JSON', '{oops'],
    ['no date', JSON.stringify({ answers })],
    ['an unknown field', JSON.stringify({ savedAt: savedAt.toISOString(), answers: { ...answers, x: 1 } })],
    [
      'a bad birth date',
      JSON.stringify({
        savedAt: savedAt.toISOString(),
        answers: { ...answers, patient: { ...answers.patient, birthDate: '1946-02-30' } },
      }),
    ],
  ])('drops what it cannot trust: %s', (_what, raw) => {
    window.localStorage.setItem(savedPrecheckKey, raw);
    expect(loadSavedPrecheck(savedAt)).toBeNull();
    expect(window.localStorage.getItem(savedPrecheckKey)).toBeNull();
  });

  it('never writes answers the contract refuses', () => {
    savePrecheck({ ...answers, attendance: 'family_only', family: [] }, savedAt);
    expect(window.localStorage.getItem(savedPrecheckKey)).toBeNull();
  });

  it('clearing forgets both the finished answers and the unfinished draft', () => {
    savePrecheck(answers, savedAt);
    window.localStorage.setItem(precheckDraftKey, '{}');
    clearSavedPrecheck();
    expect(window.localStorage.getItem(savedPrecheckKey)).toBeNull();
    expect(window.localStorage.getItem(precheckDraftKey)).toBeNull();
  });
});
