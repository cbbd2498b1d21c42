import { describe, expect, it } from 'vitest';
import { demoHospital } from '../../../db/seed/demo-hospital.js';
import { printContextFor, printHospitalFrom } from './print-context.js';

const consultation = (department: string, condition: string) => ({
  consultation: {
    department,
    condition,
    currentDiagnosis: '—',
    currentTreatment: '—',
    questions: '—',
    purposes: ['diagnosis_opinion' as const],
    canProvideMaterials: true,
  },
});
const options = { caseNumber: 'SO-1', submittedAt: '2026-11-27T01:30:00Z' };

describe('printContextFor', () => {
  it('names the department and condition from the profile in the form’s language', () => {
    const application = consultation('general_surgery', 'gastric_cancer_peritoneal_dissemination');
    const ja = printContextFor(demoHospital, application, { ...options, locale: 'ja' });
    const en = printContextFor(demoHospital, application, { ...options, locale: 'en' });
    expect([ja.departmentName, ja.conditionName]).toEqual(['一般外科', '腹膜播種を伴う胃癌']);
    expect([en.departmentName, en.conditionName]).toEqual([
      'General Surgery',
      'Gastric cancer with peritoneal dissemination',
    ]);
  });

  it('R-ELIG-09 prints a free-text condition and an unknown department code as entered', () => {
    const context = printContextFor(demoHospital, consultation('tropical_medicine', '原因不明の発熱'), {
      ...options,
      locale: 'ja',
    });
    expect([context.departmentName, context.conditionName]).toEqual(['tropical_medicine', '原因不明の発熱']);
  });

  it('names relationships in words', () => {
    const application = consultation('geriatrics', 'dementia');
    expect(
      printContextFor(demoHospital, application, { ...options, locale: 'ja' }).relationshipName('child'),
    ).toBe('子');
    expect(
      printContextFor(demoHospital, application, { ...options, locale: 'en' }).relationshipName(
        'parent_in_law',
      ),
    ).toBe('Parent-in-law');
  });
});

describe('printHospitalFrom', () => {
  it('R-CONTACT-01 R-CONTACT-02 takes the desk and the postal address from the profile', () => {
    const hospital = printHospitalFrom(demoHospital, 'ja');
    expect(hospital).toMatchObject({
      name: '東京大学医学部附属病院',
      phone: '03-5800-8630',
      phoneHours: '音声案内 4番 / 10:00–17:00（日・土・祝日・年末年始を除く）',
      postalAddress: {
        postalCode: '113-8655',
        address: '東京都文京区本郷7-3-1',
        recipient: '東京大学医学部附属病院 地域医療連携センター セカンドオピニオン外来担当',
      },
      timeZone: 'Asia/Tokyo',
    });
    expect(printHospitalFrom(demoHospital, 'en').phoneHours).toBe(
      'option 4, 10:00–17:00 (closed Sun, Sat, public holidays, the New Year break)',
    );
  });

  it('leaves out what the desk does not have', () => {
    const desk = { ...demoHospital.phoneDesk, menuOption: null, closedWeekdays: [], yearEndBreak: null };
    const profile = { ...demoHospital, phoneDesk: { ...desk, closedOnNationalHolidays: false } };
    expect(printHospitalFrom(profile, 'ja').phoneHours).toBe('10:00–17:00');
    expect(printHospitalFrom(profile, 'en').phoneHours).toBe('10:00–17:00');
  });
});
