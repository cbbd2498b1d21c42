import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ApplicationDraft } from '../../../../shared/contracts/application.js';
import { caseStatuses, type CaseStatus } from '../../../../shared/domain/case-status.js';
import type { Database } from '../../../db/client.js';
import {
  caseEvents,
  caseNumberSequence,
  cases,
  dicomInstances,
  dicomSeries,
  dicomStudies,
} from '../../../db/schema/index.js';
import { insertDocumentWithVersion } from '../../documents/records/document.repository.js';

/**
 * Test factories (not tests): cases in any status and their material written straight to the
 * database, as the submission and upload modules would leave them.
 */

export const fakeSha = (seed: string) =>
  Array.from({ length: 64 }, (_, i) => '0123456789abcdef'[(seed.charCodeAt(i % seed.length) + i) % 16]).join(
    '',
  );

export function applicationOf(
  name: { family: string; given: string; familyKana: string; givenKana: string },
  extra: { phone?: string; department?: string } = {},
): ApplicationDraft {
  return {
    patient: {
      name: {
        familyName: name.family,
        givenName: name.given,
        familyNameKana: name.familyKana,
        givenNameKana: name.givenKana,
      },
      birthDate: '1950-04-01',
      phone: extra.phone ?? '03-3812-0000',
    },
    attendance: { attendance: 'patient', family: [], patientConsent: 'none' },
    consultation: { department: extra.department ?? 'general_surgery', condition: 'gastric_cancer' },
  };
}

export async function insertCase(
  db: Database,
  input: {
    patientUserId: string;
    status: CaseStatus;
    departmentCode?: string;
    application?: ApplicationDraft;
    submittedAt?: Date;
    outcome?: 'eligible' | 'needs_review';
  },
): Promise<string> {
  const draft = input.status === 'draft';
  const submittedAt = draft ? null : (input.submittedAt ?? new Date('2026-11-20T01:00:00Z'));
  const [row] = await db
    .insert(cases)
    .values({
      patientUserId: input.patientUserId,
      status: input.status,
      caseNumber: draft ? null : sql`'2026-' || lpad(nextval(${caseNumberSequence.seqName})::text, 5, '0')`,
      departmentCode: input.departmentCode ?? 'general_surgery',
      application:
        input.application ??
        applicationOf({ family: '山田', given: '太郎', familyKana: 'ヤマダ', givenKana: 'タロウ' }),
      eligibility: draft
        ? null
        : {
            outcome: input.outcome ?? 'eligible',
            reasons: input.outcome === 'needs_review' ? ['CONDITION_NEEDS_REVIEW'] : [],
          },
      submittedAt,
      createdAt: submittedAt ?? new Date('2026-11-20T00:00:00Z'),
      updatedAt: submittedAt ?? new Date('2026-11-20T00:00:00Z'),
    })
    .returning({ id: cases.id });
  if (!row) throw new Error('case insert returned nothing');
  return row.id;
}

/** A document with one version, as a finished upload records it (with its timeline event). */
export async function recordDocument(
  db: Database,
  caseId: string,
  item: string,
  options: { scanState?: 'clean' | 'infected' | 'unscannable'; at?: Date } = {},
): Promise<{ documentId: string; versionId: string }> {
  const at = options.at ?? new Date('2026-11-20T02:00:00Z');
  const key = randomUUID();
  const saved = await insertDocumentWithVersion(
    db,
    { caseId, checklistItem: item, createdAt: at },
    {
      uploadId: `test-${key}`,
      fileName: `${item}.pdf`,
      kind: 'pdf',
      mediaType: 'application/pdf',
      bytes: 1000,
      sha256: fakeSha(key),
      storageKey: `test/${key}`,
      encryption: {},
      scanState: options.scanState ?? 'clean',
      scannedAt: at,
      uploadedBy: 'applicant',
      createdAt: at,
    },
  );
  await db.insert(caseEvents).values({
    caseId,
    at,
    actorKind: 'patient',
    type: 'document_added',
    details: { documentId: saved.document.id, version: 1, checklistItem: item },
  });
  return { documentId: saved.document.id, versionId: saved.version.id };
}

/** One CT image whose DICOM patient is someone else (or the same person, with status 'match'). */
export async function recordDicomImage(
  db: Database,
  caseId: string,
  versionId: string,
  identityStatus: 'match' | 'mismatch' | 'unknown',
): Promise<void> {
  const uid = randomUUID();
  const [study] = await db
    .insert(dicomStudies)
    .values({ caseId, studyInstanceUid: `1.2.${uid}`, studyDate: '2026-10-01', description: 'CT CHEST' })
    .returning({ id: dicomStudies.id });
  if (!study) throw new Error('study insert returned nothing');
  const [series] = await db
    .insert(dicomSeries)
    .values({
      studyId: study.id,
      seriesInstanceUid: `1.3.${uid}`,
      modality: 'CT',
      bodyPart: 'CHEST',
      seriesNumber: 2,
    })
    .returning({ id: dicomSeries.id });
  if (!series) throw new Error('series insert returned nothing');
  await db.insert(dicomInstances).values({
    seriesId: series.id,
    versionId,
    sopInstanceUid: `1.4.${uid}`,
    patient: {
      id: 'P-1',
      birthDate: '1961-02-03',
      sex: 'M',
      name: { alphabetic: null, ideographic: { family: '鈴木', given: '一郎' }, phonetic: null },
    },
    identityStatus,
    identityReasons: identityStatus === 'mismatch' ? ['name_mismatch', 'birth_date_mismatch'] : [],
  });
}

/**
 * Many submitted cases in one statement (INSERT … SELECT generate_series): statuses and departments in
 * turn, one every 37 minutes from 2025-01-01, every tenth needing review. Patient 試験 <n> (シケン
 * バンゴウ), phone 080-<n, 8 digits>, case number 2025-<n, 5 digits>.
 */
export async function insertManyCases(db: Database, patientUserId: string, count: number): Promise<void> {
  const statuses = caseStatuses.filter((status) => status !== 'draft');
  await db.execute(sql`
    insert into ${cases} (patient_user_id, status, case_number, department_code, application, eligibility,
                          submitted_at, created_at, updated_at)
    select ${patientUserId}::uuid,
      (${`{${statuses.join(',')}}`}::text[])[1 + g % ${statuses.length}],
      '2025-' || lpad(g::text, 5, '0'),
      (array['general_surgery', 'geriatrics', 'cardiology'])[1 + g % 3],
      jsonb_build_object('patient', jsonb_build_object(
        'name', jsonb_build_object('familyName', '試験', 'givenName', g::text,
                                   'familyNameKana', 'シケン', 'givenNameKana', 'バンゴウ'),
        'phone', '080-' || lpad(g::text, 8, '0'))),
      jsonb_build_object('outcome', case when g % 10 = 0 then 'needs_review' else 'eligible' end,
                         'reasons', '[]'::jsonb),
      timestamptz '2025-01-01T00:00:00Z' + g * interval '37 minutes',
      timestamptz '2025-01-01T00:00:00Z' + g * interval '37 minutes',
      timestamptz '2025-01-01T00:00:00Z' + g * interval '37 minutes'
    from generate_series(1, ${count}) as g`);
}
