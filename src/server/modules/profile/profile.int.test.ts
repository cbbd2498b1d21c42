import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentListSchema } from '../../../shared/contracts/departments.js';
import { hospitalProfileSchema } from '../../../shared/contracts/profile.js';
import { departmentConditions, departments } from '../../db/schema/index.js';
import { seedDemo } from '../../db/seed/seed.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { loadHospitalProfile } from './profile.repository.js';

describe('hospital profile as data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves the seeded demo profile', async () => {
    const response = await t.app.inject('/api/v1/profile');
    expect(response.statusCode).toBe(200);
    const profile = hospitalProfileSchema.parse(response.json());
    expect(profile.fees.tiers.map((tier) => tier.amountYen)).toEqual([44000, 88000]);
    expect(profile.phoneDesk.number).toBe('03-5800-8630');
    expect(profile.phoneDesk.menuOption).toBe('4');
    expect(profile.postalAddress.postalCode).toBe('113-8655');
    expect(profile.kinship).toEqual({ maxDegree: 3, includeInLaws: true });
  });

  it('lists departments with weekdays, diseases and document requirements (SPEC §4)', async () => {
    const response = await t.app.inject('/api/v1/departments');
    expect(response.statusCode).toBe(200);
    const { departments: list } = departmentListSchema.parse(response.json());
    const surgery = list.find((department) => department.code === 'general_surgery');
    expect(surgery?.name).toEqual({ ja: '一般外科', en: 'General Surgery' });
    expect(surgery?.conditions.map((condition) => condition.code)).toContain(
      'gastric_cancer_peritoneal_dissemination',
    );
    expect(surgery?.documentRequirements).toEqual([
      expect.objectContaining({
        document: 'DEPARTMENT_REFERRAL_ANNEX',
        conditionCode: 'gastric_cancer_peritoneal_dissemination',
      }),
    ]);
    const geriatrics = list.find((department) => department.code === 'geriatrics');
    expect(geriatrics?.name.ja).toBe('老年病科');
    expect(geriatrics?.documentRequirements).toEqual([
      expect.objectContaining({ document: 'MEDICATION_LIST', conditionCode: null }),
    ]);
    for (const department of list) expect(department.consultationWeekdays.length).toBeGreaterThan(0);
  });

  it('seeds once: a second run neither duplicates nor overwrites edited data', async () => {
    const { db } = t.database;
    await db
      .update(departments)
      .set({ nameJa: '一般外科（編集済み）' })
      .where(eq(departments.code, 'general_surgery'));
    await db.delete(departments).where(eq(departments.code, 'ophthalmology'));
    const before = await db.select().from(departmentConditions);

    expect(await seedDemo(db)).toBe('already');

    const profile = await loadHospitalProfile(db);
    expect(profile.departments.find((d) => d.code === 'general_surgery')?.name.ja).toBe(
      '一般外科（編集済み）',
    );
    expect(profile.departments.find((d) => d.code === 'ophthalmology')).toBeUndefined();
    expect(await db.select().from(departmentConditions)).toHaveLength(before.length);
  });
});
