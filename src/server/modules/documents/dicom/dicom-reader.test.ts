import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDicomFile, type DicomInstanceInfo, type DicomReadResult } from './dicom-reader.js';

// The fixtures live in shared/ beside the repository (here /work/shared, in CI a copy beside the clone).
const fixtures = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/dicom');
const read = (file: string): DicomReadResult =>
  readDicomFile(new Uint8Array(readFileSync(path.join(fixtures, file))));

function instance(file: string): DicomInstanceInfo {
  const result = read(file);
  if (result.kind !== 'instance') throw new Error(`${file}: ${JSON.stringify(result)}`);
  return result;
}

describe('readDicomFile: single/', () => {
  it('CT_small: explicit VR little endian CT, 128×128', () => {
    const ct = instance('single/CT_small.dcm');
    expect(ct).toMatchObject({
      modality: 'CT',
      rows: 128,
      columns: 128,
      hasPixelData: true,
      studyDate: '2004-01-19',
      seriesNumber: 1,
      instanceNumber: 1,
      transferSyntaxUid: '1.2.840.10008.1.2.1',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.2',
      sopInstanceUid: '1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322',
      studyInstanceUid: '1.3.6.1.4.1.5962.1.2.1.20040119072730.12322',
      seriesInstanceUid: '1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322',
    });
    expect(ct.patient).toEqual({
      id: '1CT1',
      name: { alphabetic: { family: 'CompressedSamples', given: 'CT1' }, ideographic: null, phonetic: null },
      birthDate: null,
      sex: 'O',
    });
  });

  it.each([
    ['MR_small.dcm', '1.2.840.10008.1.2.1'],
    ['MR_small_implicit.dcm', '1.2.840.10008.1.2'],
    ['MR_small_bigendian.dcm', '1.2.840.10008.1.2.2'],
    ['MR_small_RLE.dcm', '1.2.840.10008.1.2.5'],
    ['MR_small_jpeg_ls_lossless.dcm', '1.2.840.10008.1.2.4.80'],
  ])('%s: the same MR 64×64 in transfer syntax %s', (file, syntax) => {
    expect(instance(`single/${file}`)).toMatchObject({
      modality: 'MR',
      rows: 64,
      columns: 64,
      hasPixelData: true,
      transferSyntaxUid: syntax,
      sopInstanceUid: '1.3.6.1.4.1.5962.1.1.4.1.1.20040826185059.5457',
      studyDate: '2004-08-26',
      patient: { id: '4MR1', sex: 'F' },
    });
  });

  it.each([
    ['JPEG-lossy.dcm', '1.2.840.10008.1.2.4.51', 5],
    ['JPEG2000.dcm', '1.2.840.10008.1.2.4.91', 3],
  ])('%s: compressed pixels are not decoded, the metadata is read', (file, syntax, instanceNumber) => {
    expect(instance(`single/${file}`)).toMatchObject({
      modality: 'NM',
      bodyPart: 'WHOLE BODY',
      studyDescription: 'Whole Body Bone',
      rows: 1024,
      columns: 256,
      hasPixelData: true,
      transferSyntaxUid: syntax,
      instanceNumber,
    });
  });

  it('MR_truncated: refused as truncated, not read as a whole image', () => {
    expect(read('single/MR_truncated.dcm')).toEqual({ kind: 'invalid', reason: 'truncated' });
  });

  it('no_meta: a bare data set without preamble or meta information (and one stray leading byte)', () => {
    const ct = instance('single/no_meta.dcm');
    expect(ct).toMatchObject({
      modality: 'CT',
      rows: 128,
      columns: 128,
      transferSyntaxUid: '1.2.840.10008.1.2.1',
    });
    expect(ct.sopInstanceUid).toBe(instance('single/CT_small.dcm').sopInstanceUid);
  });

  it('rtplan: an RT plan in implicit VR is an instance without pixel data', () => {
    expect(instance('single/rtplan.dcm')).toMatchObject({
      modality: 'RTPLAN',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.481.5',
      hasPixelData: false,
      rows: null,
      columns: null,
      transferSyntaxUid: '1.2.840.10008.1.2',
      patient: { id: 'id00001', name: { alphabetic: { family: 'Last', given: 'First' } } },
    });
  });
});

describe('readDicomFile: charset/ (patient names)', () => {
  const nameOf = (file: string) => instance(`charset/${file}`).patient.name;

  it('chrH31 (ISO 2022 IR 87): Yamada^Tarou=山田^太郎=やまだ^たろう', () => {
    expect(nameOf('chrH31.dcm')).toEqual({
      alphabetic: { family: 'Yamada', given: 'Tarou' },
      ideographic: { family: '山田', given: '太郎' },
      phonetic: { family: 'やまだ', given: 'たろう' },
    });
  });

  it('chrH32 (ISO 2022 IR 13 + IR 87): ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう', () => {
    expect(nameOf('chrH32.dcm')).toEqual({
      alphabetic: { family: 'ﾔﾏﾀﾞ', given: 'ﾀﾛｳ' },
      ideographic: { family: '山田', given: '太郎' },
      phonetic: { family: 'やまだ', given: 'たろう' },
    });
  });

  it('chrJapMulti: one group, in hiragana, plus the rest of a real CR header', () => {
    const cr = instance('charset/chrJapMulti.dcm');
    expect(cr.patient).toEqual({
      id: '2008-4',
      name: { alphabetic: { family: 'やまだ', given: 'たろう' }, ideographic: null, phonetic: null },
      birthDate: '1800-01-01',
      sex: 'M',
    });
    expect(cr).toMatchObject({
      modality: 'CR',
      bodyPart: 'CHEST',
      studyDate: '2008-05-04',
      studyDescription: 'Chest',
      seriesDescription: 'Chest PA PA',
      hasPixelData: false,
    });
  });

  it('chrX1 (ISO_IR 192): Wang^XiaoDong=王^小東', () => {
    expect(nameOf('chrX1.dcm')).toEqual({
      alphabetic: { family: 'Wang', given: 'XiaoDong' },
      ideographic: { family: '王', given: '小東' },
      phonetic: null,
    });
  });

  it('chrX2 (GB18030): Wang^XiaoDong=王^小东', () => {
    expect(nameOf('chrX2.dcm')).toMatchObject({ ideographic: { family: '王', given: '小东' } });
  });
});

describe('readDicomFile: what is not a DICOM file', () => {
  it.each([
    ['empty', new Uint8Array(0)],
    ['text', new TextEncoder().encode('%PDF-1.7 not an image at all, just some text')],
    ['PNG signature', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
  ])('%s → not_dicom', (_case, bytes) => {
    expect(readDicomFile(bytes)).toEqual({ kind: 'invalid', reason: 'not_dicom' });
  });

  it('a preamble and DICM with nothing after them → truncated', () => {
    const bytes = new Uint8Array(132);
    bytes.set(new TextEncoder().encode('DICM'), 128);
    expect(readDicomFile(bytes.subarray(0, 134))).toEqual({ kind: 'invalid', reason: 'truncated' });
  });
});
