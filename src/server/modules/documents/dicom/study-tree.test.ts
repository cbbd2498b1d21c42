import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDicomFile, type DicomInstanceInfo } from './dicom-reader.js';
import { buildStudyTree, compareDicomdirWithFolder, readDicomdir, type DicomdirIndex } from './study-tree.js';

// The fixtures live in shared/ beside the repository (here /work/shared, in CI a copy beside the clone).
const cd = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/dicom/cd-dicomdir');

/** Every file of the CD folder, relative to it, with '/' separators. */
const folderFiles = readdirSync(cd, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(cd, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  .sort();

const dicomdirBytes = (): Uint8Array => new Uint8Array(readFileSync(path.join(cd, 'DICOMDIR')));

function index(bytes = dicomdirBytes()): DicomdirIndex {
  const result = readDicomdir(bytes);
  if (result.kind !== 'dicomdir') throw new Error(JSON.stringify(result));
  return result.index;
}

type CdInstance = DicomInstanceInfo & { path: string };
function readCd(paths: readonly string[]): CdInstance[] {
  return paths.map((file) => {
    const result = readDicomFile(new Uint8Array(readFileSync(path.join(cd, file))));
    if (result.kind !== 'instance') throw new Error(`${file}: ${JSON.stringify(result)}`);
    return { ...result, path: file };
  });
}

/** Per patient: [study description, series numbers with their instance counts]. */
const expectedIndex = {
  '77654033': [
    [
      'XR C Spine Comp Min 4 Views',
      [
        [1, 1],
        [2, 1],
        [3, 1],
      ],
    ],
    ['CT, HEAD/BRAIN WO CONTRAST', [[2, 4]]],
  ],
  '98890234': [
    [
      null,
      [
        [4, 2],
        [5, 5],
      ],
    ],
    [
      'Carotids',
      [
        [1, 1],
        [2, 1],
      ],
    ],
    [
      'Brain',
      [
        [1, 1],
        [2, 3],
      ],
    ],
    [
      'Brain-MRA',
      [
        [1, 1],
        [2, 3],
        [700, 7],
      ],
    ],
  ],
};

type Shape = Record<string, [string | null, [number | null, number][]][]>;
function shape(idx: DicomdirIndex): Shape {
  const entries = idx.patients.map((patient): [string, Shape[string]] => [
    patient.patientId ?? '',
    patient.studies.map((study) => [
      study.studyDescription,
      study.series.map((s) => [s.seriesNumber, s.files.length]),
    ]),
  ]);
  return Object.fromEntries(entries);
}

describe('readDicomdir (cd-dicomdir/DICOMDIR)', () => {
  it('lists 31 referenced files under two patients, by the record offsets', () => {
    const idx = index();
    expect(idx.fileSetId).toBe('PYDICOM_TEST');
    expect(idx.files).toHaveLength(31);
    expect(shape(idx)).toEqual(expectedIndex);
    expect(idx.patients.map((p) => p.name.alphabetic)).toEqual([
      { family: 'Doe', given: 'Archibald' },
      { family: 'Doe', given: 'Peter' },
    ]);
    expect(idx.files[0]).toEqual({
      path: '77654033/CR1/6154',
      recordType: 'IMAGE',
      sopInstanceUid: '1.3.6.1.4.1.5962.1.1.0.0.0.1196527414.5534.0.11',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.1',
      transferSyntaxUid: '1.2.840.10008.1.2.1',
      instanceNumber: 1,
    });
  });

  it('falls back to file order when the root offset is unusable, with the same result', () => {
    const bytes = dicomdirBytes().slice();
    // (0004,1200) UL at 0x15E: its 4-byte value (396) starts at 0x166. Point it nowhere.
    expect(Array.from(bytes.subarray(0x15e, 0x16a))).toEqual([
      4, 0, 0, 0x12, 0x55, 0x4c, 4, 0, 0x8c, 1, 0, 0,
    ]);
    bytes.set([0xff, 0xff, 0xff, 0x7f], 0x166);
    expect(shape(index(bytes))).toEqual(expectedIndex);
  });

  it('matches the CD folder: nothing missing, only the DICOMDIR and README outside the index', () => {
    const result = compareDicomdirWithFolder(index(), folderFiles);
    expect(result).toEqual({ missingFromFolder: [], notInIndex: ['README.txt'] });
  });

  it('reports files missing from the folder and files not in the index (case and separators ignored)', () => {
    const uploaded = folderFiles
      .filter((file) => file !== '77654033/CT2/17136')
      .map((file) => file.toLowerCase());
    const result = compareDicomdirWithFolder(index(), [...uploaded, '77654033\\CT2\\99999;1']);
    expect(result.missingFromFolder).toEqual(['77654033/CT2/17136']);
    expect(result.notInIndex).toEqual(['readme.txt', '77654033\\CT2\\99999;1']);
  });

  it('an image is not a DICOMDIR; garbage is invalid', () => {
    const image = new Uint8Array(readFileSync(path.join(cd, '77654033/CR1/6154')));
    expect(readDicomdir(image)).toEqual({ kind: 'invalid', reason: 'not_dicomdir' });
    expect(readDicomdir(new Uint8Array(10))).toEqual({ kind: 'invalid', reason: 'not_dicom' });
  });
});

describe('buildStudyTree (every file of the CD, read)', () => {
  const instances = readCd(index().files.map((file) => file.path));
  const tree = buildStudyTree(instances);

  it('reads every referenced file and groups it like the index: 6 studies, 13 series, 31 instances', () => {
    expect(tree).toHaveLength(6);
    expect(tree.reduce((n, study) => n + study.seriesCount, 0)).toBe(13);
    expect(tree.reduce((n, study) => n + study.instanceCount, 0)).toBe(31);
    for (const [patientId, studies] of Object.entries(expectedIndex)) {
      const ours = tree.filter((study) => study.patient.id === patientId);
      expect(
        ours.map((study) => [
          study.studyDescription,
          study.series.map((s) => [s.seriesNumber, s.instanceCount]),
        ]),
      ).toEqual(expect.arrayContaining(studies));
      expect(ours).toHaveLength(studies.length);
    }
  });

  it('orders studies by date, series by number, instances by number; labels come from the files', () => {
    expect(tree.map((study) => study.studyDate)).toEqual([
      '1995-09-03',
      '2001-01-01',
      '2001-01-01',
      '2003-05-05',
      '2003-05-05',
      '2003-05-05',
    ]);
    const ct = tree[0];
    expect(ct).toMatchObject({
      studyDescription: 'CT, HEAD/BRAIN WO CONTRAST',
      modalities: ['CT'],
      bodyParts: ['HEAD'],
      patientIds: ['77654033'],
    });
    expect(ct?.series[0]?.seriesDescription).toBe('Routine Brain');
    expect(ct?.series[0]?.instances.map((i) => i.instanceNumber)).toEqual([18, 180, 181, 182]);
    expect(ct?.series[0]?.instances.map((i) => i.path)).toEqual([
      '77654033/CT2/17106',
      '77654033/CT2/17136',
      '77654033/CT2/17166',
      '77654033/CT2/17196',
    ]);
  });

  it('counts a file uploaded twice once', () => {
    const twice = buildStudyTree([...instances, ...instances.slice(0, 3)]);
    expect(twice.reduce((n, study) => n + study.instanceCount, 0)).toBe(31);
  });

  it('lists every Patient ID of a study, so a mixed study stands out', () => {
    const [first, ...rest] = instances.filter((i) => i.studyInstanceUid === tree[0]?.studyInstanceUid);
    if (!first) throw new Error('no CT instance');
    const mixed = buildStudyTree([{ ...first, patient: { ...first.patient, id: 'OTHER' } }, ...rest]);
    expect(mixed[0]?.patientIds).toEqual(['77654033', 'OTHER']);
  });
});
