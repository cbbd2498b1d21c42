import { z } from 'zod';
import { conditionSchema, documentCodeSchema, localizedTextSchema } from './profile.js';

export const departmentDocumentRequirementSchema = z.object({
  document: documentCodeSchema.describe('Document code (SPEC §4)'),
  conditionCode: z.string().nullable().describe('Only for this condition; null = for every consultation'),
  note: localizedTextSchema.nullable(),
});

export const departmentViewSchema = z.object({
  code: z.string().describe('Department code used by the eligibility API'),
  name: localizedTextSchema,
  consultationWeekdays: z.array(z.number().int().min(0).max(6)).describe('0 = Sunday … 6 = Saturday'),
  conditions: z.array(conditionSchema).describe('Published diseases; others need review'),
  documentRequirements: z.array(departmentDocumentRequirementSchema),
});
export type DepartmentView = z.infer<typeof departmentViewSchema>;

export const departmentListSchema = z.object({ departments: z.array(departmentViewSchema) });
export type DepartmentList = z.infer<typeof departmentListSchema>;
