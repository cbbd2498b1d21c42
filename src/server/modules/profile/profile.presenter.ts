import type { DepartmentList } from '../../../shared/contracts/departments.js';
import type { HospitalProfile } from '../../../shared/contracts/profile.js';

/** The hospital profile is public information; the presenter is where that choice is written down. */
export function presentPublicProfile(profile: HospitalProfile): HospitalProfile {
  return profile;
}

export function presentDepartments(profile: HospitalProfile): DepartmentList {
  return {
    departments: profile.departments.map((department) => ({
      code: department.code,
      name: department.name,
      consultationWeekdays: department.consultationWeekdays,
      conditions: department.conditions,
      documentRequirements: department.documentRules.map((rule) => ({
        document: rule.document,
        conditionCode: rule.conditionCode,
        note: rule.note,
      })),
    })),
  };
}
