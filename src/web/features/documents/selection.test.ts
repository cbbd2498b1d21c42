import { describe, expect, it } from 'vitest';
import {
  groupSelection,
  isSystemFile,
  isViewerProgram,
  normalizePath,
  pickedFromInput,
  type PickedFile,
} from './selection.js';

type FakeFile = { name: string; size: number; webkitRelativePath: string };

function file(path: string, size = 100): PickedFile<FakeFile> {
  const name = path.split('/').pop() ?? path;
  return { file: { name, size, webkitRelativePath: path.includes('/') ? path : '' }, path };
}

const paths = (files: readonly PickedFile<FakeFile>[]) => files.map((item) => item.path);

describe('groupSelection', () => {
  it('keeps files chosen one by one together, as ordinary files', () => {
    const groups = groupSelection([file('referral.pdf'), file('blood-test.jpg')]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ kind: 'files', folderName: null });
    expect(paths(groups[0]?.files ?? [])).toEqual(['blood-test.jpg', 'referral.pdf']);
  });

  it('treats a folder with a DICOMDIR at its top as an imaging CD', () => {
    const groups = groupSelection([
      file('CD/DICOMDIR'),
      file('CD/DICOM/ST000000/SE000000/IM000010'),
      file('CD/DICOM/ST000000/SE000000/IM000002'),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ kind: 'imagingCd', folderName: 'CD' });
    // Natural order: IM000002 before IM000010, DICOMDIR among them by name.
    expect(paths(groups[0]?.files ?? [])).toEqual([
      'CD/DICOM/ST000000/SE000000/IM000002',
      'CD/DICOM/ST000000/SE000000/IM000010',
      'CD/DICOMDIR',
    ]);
  });

  it('finds a DICOMDIR deeper down (a folder holding a copy of the CD) and in any letter case', () => {
    const groups = groupSelection([file('Copies/Disc 1/dicomdir'), file('Copies/Disc 1/IMAGES/IM1')]);
    expect(groups[0]?.kind).toBe('imagingCd');
    expect(groups[0]?.folderName).toBe('Copies');
  });

  it('does not take a file merely named like DICOMDIR for one', () => {
    const groups = groupSelection([file('Scans/DICOMDIR.pdf'), file('Scans/page1.jpg')]);
    expect(groups[0]?.kind).toBe('files');
  });

  it('makes one group per dropped folder, plus one for loose files', () => {
    const groups = groupSelection([
      file('letter.pdf'),
      file('CD/DICOMDIR'),
      file('CD/IM1'),
      file('Photos/a.jpg'),
    ]);
    expect(groups.map((group) => [group.kind, group.folderName])).toEqual([
      ['files', null],
      ['imagingCd', 'CD'],
      ['files', 'Photos'],
    ]);
  });

  it('never sends hidden or system files, and counts them', () => {
    const groups = groupSelection([
      file('Scans/.DS_Store'),
      file('Scans/Thumbs.db'),
      file('Scans/desktop.ini'),
      file('Scans/__MACOSX/._page1.jpg'),
      file('Scans/.Trashes/old.pdf'),
      file('Scans/page1.jpg'),
    ]);
    expect(paths(groups[0]?.files ?? [])).toEqual(['Scans/page1.jpg']);
    expect(groups[0]?.skipped).toEqual({ system: 5, programs: 0, empty: 0 });
  });

  it('leaves out the viewer programs of a CD but keeps its images and reports', () => {
    const groups = groupSelection([
      file('CD/DICOMDIR'),
      file('CD/AUTORUN.INF'),
      file('CD/Viewer/viewer.exe'),
      file('CD/Viewer/core.DLL'),
      file('CD/Viewer/help/index.html'),
      file('CD/OsiriX.app/Contents/MacOS/OsiriX'),
      file('CD/report.pdf'),
      file('CD/DICOM/1.2.840.113619.2.55.3'),
    ]);
    expect(paths(groups[0]?.files ?? [])).toEqual([
      'CD/DICOM/1.2.840.113619.2.55.3',
      'CD/DICOMDIR',
      'CD/report.pdf',
    ]);
    expect(groups[0]?.skipped.programs).toBe(5);
  });

  it('keeps programs outside a CD: the server explains its refusal of a stray file', () => {
    const groups = groupSelection([file('Docs/readme.txt'), file('Docs/letter.pdf')]);
    expect(paths(groups[0]?.files ?? [])).toEqual(['Docs/letter.pdf', 'Docs/readme.txt']);
  });

  it('skips empty placeholder files on a CD but keeps an empty file chosen on its own', () => {
    const cd = groupSelection([file('CD/DICOMDIR'), file('CD/EMPTY', 0)]);
    expect(cd[0]?.skipped.empty).toBe(1);
    const loose = groupSelection([file('empty.pdf', 0)]);
    expect(loose[0]?.files).toHaveLength(1);
  });

  it('keeps a folder with nothing to send, so the screen can say why', () => {
    const groups = groupSelection([file('Stuff/.DS_Store')]);
    expect(groups[0]?.files).toEqual([]);
    expect(groups[0]?.skipped.system).toBe(1);
  });

  it('reads macOS decomposed names as ordinary Japanese', () => {
    const decomposed = 'ガ'.normalize('NFD');
    const groups = groupSelection([file(`${decomposed}ゾウ/画像.jpg`)]);
    expect(groups[0]?.folderName).toBe('ガゾウ');
  });
});

describe('normalizePath', () => {
  it('drops the leading slash of a dropped entry and Windows separators', () => {
    expect(normalizePath('/CD/DICOM/IM1')).toBe('CD/DICOM/IM1');
    expect(normalizePath('CD\\DICOM\\IM1')).toBe('CD/DICOM/IM1');
    expect(normalizePath('a//b/')).toBe('a/b');
  });
});

describe('isSystemFile and isViewerProgram', () => {
  it('recognises system files by name in any case', () => {
    expect(isSystemFile('THUMBS.DB')).toBe(true);
    expect(isSystemFile('System Volume Information/IndexerVolumeGuid')).toBe(true);
    expect(isSystemFile('$RECYCLE.BIN/x.pdf')).toBe(true);
    expect(isSystemFile('letter.pdf')).toBe(false);
  });

  it('recognises programs by extension only where one exists', () => {
    expect(isViewerProgram('CD/IM000001')).toBe(false);
    expect(isViewerProgram('CD/image.dcm')).toBe(false);
    expect(isViewerProgram('CD/setup.EXE')).toBe(true);
  });
});

describe('pickedFromInput', () => {
  it('takes the folder path when a folder was chosen, the name otherwise', () => {
    const picked = pickedFromInput([
      { name: 'IM1', size: 1, webkitRelativePath: 'CD/DICOM/IM1' },
      { name: 'letter.pdf', size: 1, webkitRelativePath: '' },
    ]);
    expect(picked.map((item) => item.path)).toEqual(['CD/DICOM/IM1', 'letter.pdf']);
  });
});
