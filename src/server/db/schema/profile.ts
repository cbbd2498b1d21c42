import { sql } from 'drizzle-orm';
import {
  check,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  foreignKey,
} from 'drizzle-orm/pg-core';
import { documentCodes } from '../../../shared/contracts/profile.js';

/**
 * The hospital's scalar settings (fees, phone desk, address, kinship…) as one validated JSON document.
 * A single row: the check keeps it that way.
 */
export const hospitalProfile = pgTable(
  'hospital_profile',
  {
    id: smallint('id').primaryKey().default(1),
    settings: jsonb('settings').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('hospital_profile_singleton', sql`${table.id} = 1`)],
);

export const departments = pgTable('departments', {
  code: text('code').primaryKey(),
  nameJa: text('name_ja').notNull(),
  nameEn: text('name_en').notNull(),
  /** 0 = Sunday … 6 = Saturday. */
  consultationWeekdays: smallint('consultation_weekdays').array().notNull(),
  sortOrder: integer('sort_order').notNull(),
});

export const departmentConditions = pgTable(
  'department_conditions',
  {
    departmentCode: text('department_code')
      .notNull()
      .references(() => departments.code, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    nameJa: text('name_ja').notNull(),
    nameEn: text('name_en').notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (table) => [primaryKey({ columns: [table.departmentCode, table.code] })],
);

export const departmentDocumentRules = pgTable(
  'department_document_rules',
  {
    id: serial('id').primaryKey(),
    departmentCode: text('department_code')
      .notNull()
      .references(() => departments.code, { onDelete: 'cascade' }),
    documentCode: text('document_code', { enum: documentCodes }).notNull(),
    /** Null: the document is needed for every consultation of the department. */
    conditionCode: text('condition_code'),
    noteJa: text('note_ja'),
    noteEn: text('note_en'),
  },
  (table) => [
    foreignKey({
      columns: [table.departmentCode, table.conditionCode],
      foreignColumns: [departmentConditions.departmentCode, departmentConditions.code],
    }).onDelete('cascade'),
  ],
);

/** Seeds that have run once; a seed never runs twice, so edits made after it are never overwritten. */
export const seedRuns = pgTable('seed_runs', {
  name: text('name').primaryKey(),
  appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
});
