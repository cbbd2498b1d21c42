import type { ApplicationDraft } from '../../../shared/contracts/application.js';
import { applicationDraftSchema } from '../../../shared/contracts/application.js';
import type { CaseDetail, CaseSummary } from '../../../shared/contracts/cases.js';
import type { CaseAbilities } from './case.policy.js';
import type { CaseRow } from './case.repository.js';

/** What leaves the server about a case: the one place to check for leaks of patient data. */

export function presentCaseSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    status: row.status,
    caseNumber: row.caseNumber,
    departmentCode: row.departmentCode,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
  };
}

/** The stored draft, parsed: a row written by an older version that no longer parses shows as empty. */
export function storedApplication(row: CaseRow): ApplicationDraft {
  const parsed = applicationDraftSchema.safeParse(row.application);
  return parsed.success ? parsed.data : {};
}

export function presentCaseDetail(row: CaseRow, abilities: CaseAbilities): CaseDetail {
  return {
    ...presentCaseSummary(row),
    application: storedApplication(row),
    revision: row.revision,
    commands: abilities.commands,
    abilities: {
      editApplication: abilities.editApplication,
      addDocuments: abilities.addDocuments,
      removeDocuments: abilities.removeDocuments,
    },
  };
}
