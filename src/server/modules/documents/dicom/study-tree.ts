import type { DicomFailure } from './dicom-dataset.js';
import {
  readDicomFile,
  type DicomdirInfo,
  type DicomdirRecord,
  type DicomInstanceInfo,
  type DicomPatient,
} from './dicom-reader.js';
import type { PersonName } from './dicom-values.js';

/**
 * The imaging tree of an upload (DicomStudy → DicomSeries → DicomInstance), built two ways: from the
 * files actually read, and from the CD's DICOMDIR index — so the two can be compared.
 */

export interface DicomSeriesNode<T extends DicomInstanceInfo> {
  readonly seriesInstanceUid: string | null;
  readonly seriesNumber: number | null;
  readonly modality: string | null;
  readonly bodyPart: string | null;
  readonly seriesDescription: string | null;
  readonly instanceCount: number;
  readonly instances: readonly T[];
}

export interface DicomStudyNode<T extends DicomInstanceInfo> {
  readonly studyInstanceUid: string | null;
  readonly studyDate: string | null;
  readonly studyDescription: string | null;
  readonly modalities: readonly string[];
  readonly bodyParts: readonly string[];
  /** From the first instance; `patientIds` lists every Patient ID seen (more than one is a red flag). */
  readonly patient: DicomPatient;
  readonly patientIds: readonly string[];
  readonly seriesCount: number;
  readonly instanceCount: number;
  readonly series: readonly DicomSeriesNode<T>[];
}

const firstOf = <T, V>(items: readonly T[], pick: (item: T) => V | null): V | null => {
  for (const item of items) {
    const value = pick(item);
    if (value !== null) return value;
  }
  return null;
};

const distinct = (values: readonly (string | null)[]): string[] =>
  [...new Set(values.filter((value): value is string => value !== null))].sort();

/** Ascending, nulls last, then by a tie-breaking key so the order is stable across uploads. */
function byNumberThen<T>(number: (item: T) => number | null, key: (item: T) => string | null) {
  return (a: T, b: T): number => {
    const [x, y] = [number(a), number(b)];
    if (x !== y) return x === null ? 1 : y === null ? -1 : x - y;
    return (key(a) ?? '').localeCompare(key(b) ?? '');
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): T[][] {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

function seriesNode<T extends DicomInstanceInfo>(instances: T[]): DicomSeriesNode<T> {
  const sorted = instances.sort(
    byNumberThen(
      (i) => i.instanceNumber,
      (i) => i.sopInstanceUid,
    ),
  );
  return {
    seriesInstanceUid: firstOf(sorted, (i) => i.seriesInstanceUid),
    seriesNumber: firstOf(sorted, (i) => i.seriesNumber),
    modality: firstOf(sorted, (i) => i.modality),
    bodyPart: firstOf(sorted, (i) => i.bodyPart),
    seriesDescription: firstOf(sorted, (i) => i.seriesDescription),
    instanceCount: sorted.length,
    instances: sorted,
  };
}

/**
 * Groups instances by Study and Series Instance UID, with counts and labels. An instance that occurs
 * twice (same SOP Instance UID, e.g. copied into two folders of a CD) is counted once.
 */
export function buildStudyTree<T extends DicomInstanceInfo>(instances: readonly T[]): DicomStudyNode<T>[] {
  const unique = groupBy(instances, (i) => i.sopInstanceUid).map((copies) => copies[0] as T);
  const studies = groupBy(unique, (i) => i.studyInstanceUid).map((members): DicomStudyNode<T> => {
    const series = groupBy(members, (i) => i.seriesInstanceUid)
      .map(seriesNode)
      .sort(
        byNumberThen(
          (s) => s.seriesNumber,
          (s) => s.seriesInstanceUid,
        ),
      );
    const first = members[0] as T;
    return {
      studyInstanceUid: first.studyInstanceUid,
      studyDate: firstOf(members, (i) => i.studyDate),
      studyDescription: firstOf(members, (i) => i.studyDescription),
      modalities: distinct(members.map((i) => i.modality)),
      bodyParts: distinct(members.map((i) => i.bodyPart)),
      patient: first.patient,
      patientIds: distinct(members.map((i) => i.patient.id)),
      seriesCount: series.length,
      instanceCount: members.length,
      series,
    };
  });
  const dateKey = (study: DicomStudyNode<T>) => study.studyDate ?? '9999-99-99';
  return studies.sort(
    (a, b) =>
      dateKey(a).localeCompare(dateKey(b)) ||
      (a.studyInstanceUid ?? '').localeCompare(b.studyInstanceUid ?? ''),
  );
}

export interface DicomdirFile {
  readonly path: string;
  readonly recordType: string;
  readonly sopInstanceUid: string | null;
  readonly sopClassUid: string | null;
  readonly transferSyntaxUid: string | null;
  readonly instanceNumber: number | null;
}

export interface DicomdirSeries {
  readonly seriesInstanceUid: string | null;
  readonly modality: string | null;
  readonly seriesNumber: number | null;
  readonly files: DicomdirFile[];
}

export interface DicomdirStudy {
  readonly studyInstanceUid: string | null;
  readonly studyDate: string | null;
  readonly studyDescription: string | null;
  readonly series: DicomdirSeries[];
}

export interface DicomdirPatient {
  readonly patientId: string | null;
  readonly name: PersonName;
  readonly birthDate: string | null;
  readonly studies: DicomdirStudy[];
}

export interface DicomdirIndex {
  readonly fileSetId: string | null;
  readonly patients: readonly DicomdirPatient[];
  /** Every referenced file, in index order. */
  readonly files: readonly DicomdirFile[];
}

/**
 * Records in hierarchy order: depth first along the offsets (first child, then next sibling) when
 * the root offset resolves, else in file order. Offsets may be hostile: unknown or repeated ones stop.
 */
function recordsInOrder(info: DicomdirInfo): DicomdirRecord[] {
  const byOffset = new Map(info.records.map((record) => [record.offset, record]));
  if (info.rootOffset === null || !byOffset.has(info.rootOffset)) return info.records.filter((r) => r.inUse);
  const ordered: DicomdirRecord[] = [];
  const seen = new Set<number>();
  const visit = (offset: number | null): void => {
    const stack: (number | null)[] = [offset];
    while (stack.length > 0) {
      const current = stack.pop() ?? null;
      const record = current === null ? undefined : byOffset.get(current);
      if (!record || seen.has(record.offset)) continue;
      seen.add(record.offset);
      stack.push(record.nextOffset); // siblings after this record's subtree
      if (!record.inUse) continue;
      ordered.push(record);
      stack.push(record.childOffset);
    }
  };
  visit(info.rootOffset);
  return ordered;
}

const noName: PersonName = { alphabetic: null, ideographic: null, phonetic: null };

function indexOf(info: DicomdirInfo): DicomdirIndex {
  const patients: DicomdirPatient[] = [];
  const files: DicomdirFile[] = [];
  let patient: DicomdirPatient | null = null;
  let study: DicomdirStudy | null = null;
  let series: DicomdirSeries | null = null;
  // Levels come from the record types, so a record out of place still lands somewhere visible.
  const currentPatient = (): DicomdirPatient => {
    patient ??= { patientId: null, name: noName, birthDate: null, studies: [] };
    if (!patients.includes(patient)) patients.push(patient);
    return patient;
  };
  const currentStudy = (): DicomdirStudy => {
    if (!study) {
      study = { studyInstanceUid: null, studyDate: null, studyDescription: null, series: [] };
      currentPatient().studies.push(study);
    }
    return study;
  };
  for (const record of recordsInOrder(info)) {
    if (record.type === 'PATIENT') {
      patient = {
        patientId: record.patientId,
        name: record.patientName,
        birthDate: record.birthDate,
        studies: [],
      };
      patients.push(patient);
      study = series = null;
    } else if (record.type === 'STUDY') {
      const { studyInstanceUid, studyDate, studyDescription } = record;
      study = { studyInstanceUid, studyDate, studyDescription, series: [] };
      currentPatient().studies.push(study);
      series = null;
    } else if (record.type === 'SERIES') {
      const { seriesInstanceUid, modality, seriesNumber } = record;
      series = { seriesInstanceUid, modality, seriesNumber, files: [] };
      currentStudy().series.push(series);
    } else if (record.fileId !== null) {
      const { sopInstanceUid, sopClassUid, transferSyntaxUid, instanceNumber } = record;
      const file = {
        path: record.fileId,
        recordType: record.type,
        sopInstanceUid,
        sopClassUid,
        transferSyntaxUid,
        instanceNumber,
      };
      if (!series) {
        series = { seriesInstanceUid: null, modality: null, seriesNumber: null, files: [] };
        currentStudy().series.push(series);
      }
      series.files.push(file);
      files.push(file);
    }
  }
  return { fileSetId: info.fileSetId, patients, files };
}

/** Reads a DICOMDIR into its patient → study → series → file index. Never throws. */
export function readDicomdir(
  bytes: Uint8Array,
): { kind: 'dicomdir'; index: DicomdirIndex } | { kind: 'invalid'; reason: DicomFailure | 'not_dicomdir' } {
  const result = readDicomFile(bytes);
  if (result.kind === 'invalid') return result;
  if (result.kind !== 'dicomdir') return { kind: 'invalid', reason: 'not_dicomdir' };
  return { kind: 'dicomdir', index: indexOf(result) };
}

/** CD paths compare case-insensitively, with either separator and without ISO 9660 ";1" versions. */
const pathKey = (path: string): string =>
  path
    .replace(/\\/g, '/')
    .replace(/^(\.\/|\/)+/, '')
    .replace(/;\d+$/, '')
    .toUpperCase();

/**
 * Compares the index with the files uploaded beside it (paths relative to the DICOMDIR's folder).
 * The DICOMDIR itself is not reported; other files outside the index (viewers, autorun) are.
 */
export function compareDicomdirWithFolder(
  index: DicomdirIndex,
  folderPaths: readonly string[],
): { missingFromFolder: string[]; notInIndex: string[] } {
  const inFolder = new Set(folderPaths.map(pathKey));
  const inIndex = new Set(index.files.map((file) => pathKey(file.path)));
  return {
    missingFromFolder: index.files.map((file) => file.path).filter((path) => !inFolder.has(pathKey(path))),
    notInIndex: folderPaths.filter((path) => !inIndex.has(pathKey(path)) && pathKey(path) !== 'DICOMDIR'),
  };
}
