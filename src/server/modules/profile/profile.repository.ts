import { asc } from 'drizzle-orm';
import type { z } from 'zod';
import { hospitalProfileSchema, type HospitalProfile } from '../../../shared/contracts/profile.js';
import type { DbExecutor } from '../../db/client.js';
import {
  departmentConditions,
  departmentDocumentRules,
  departments,
  hospitalProfile,
} from '../../db/schema/index.js';

/** The settings document is the profile without its departments, which live in their own tables. */
export const profileSettingsSchema = hospitalProfileSchema.omit({ departments: true });
export type ProfileSettings = z.infer<typeof profileSettingsSchema>;

export class ProfileNotSeededError extends Error {
  constructor() {
    super('The hospital profile has not been set up yet');
  }
}

export async function loadHospitalProfile(db: DbExecutor): Promise<HospitalProfile> {
  const [settingsRows, departmentRows, conditionRows, ruleRows] = await Promise.all([
    db.select().from(hospitalProfile).limit(1),
    db.select().from(departments).orderBy(asc(departments.sortOrder), asc(departments.code)),
    db
      .select()
      .from(departmentConditions)
      .orderBy(asc(departmentConditions.sortOrder), asc(departmentConditions.code)),
    db.select().from(departmentDocumentRules).orderBy(asc(departmentDocumentRules.id)),
  ]);
  const settingsRow = settingsRows[0];
  if (!settingsRow) throw new ProfileNotSeededError();

  const assembled = departmentRows.map((row) => ({
    code: row.code,
    name: { ja: row.nameJa, en: row.nameEn },
    consultationWeekdays: row.consultationWeekdays,
    conditions: conditionRows
      .filter((condition) => condition.departmentCode === row.code)
      .map((condition) => ({ code: condition.code, name: { ja: condition.nameJa, en: condition.nameEn } })),
    documentRules: ruleRows
      .filter((rule) => rule.departmentCode === row.code)
      .map((rule) => ({
        document: rule.documentCode,
        conditionCode: rule.conditionCode,
        note: rule.noteJa && rule.noteEn ? { ja: rule.noteJa, en: rule.noteEn } : null,
      })),
  }));
  // Parse, never cast: a bad edit in the database shows up here, not as a wrong answer later.
  return hospitalProfileSchema.parse({
    ...profileSettingsSchema.parse(settingsRow.settings),
    departments: assembled,
  });
}

export async function insertHospitalProfile(db: DbExecutor, profile: HospitalProfile): Promise<void> {
  const { departments: departmentList, ...settings } = profile;
  await db.insert(hospitalProfile).values({ id: 1, settings: profileSettingsSchema.parse(settings) });
  if (departmentList.length === 0) return;
  await db.insert(departments).values(
    departmentList.map((department, index) => ({
      code: department.code,
      nameJa: department.name.ja,
      nameEn: department.name.en,
      consultationWeekdays: department.consultationWeekdays,
      sortOrder: index,
    })),
  );
  const conditionRows = departmentList.flatMap((department) =>
    department.conditions.map((condition, index) => ({
      departmentCode: department.code,
      code: condition.code,
      nameJa: condition.name.ja,
      nameEn: condition.name.en,
      sortOrder: index,
    })),
  );
  if (conditionRows.length > 0) await db.insert(departmentConditions).values(conditionRows);
  const ruleRows = departmentList.flatMap((department) =>
    department.documentRules.map((rule) => ({
      departmentCode: department.code,
      documentCode: rule.document,
      conditionCode: rule.conditionCode,
      noteJa: rule.note?.ja ?? null,
      noteEn: rule.note?.en ?? null,
    })),
  );
  if (ruleRows.length > 0) await db.insert(departmentDocumentRules).values(ruleRows);
}
