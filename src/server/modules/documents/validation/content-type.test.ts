import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesSource, readDicomFileHeader } from '../dicom/dicom-reader.js';
import {
  classifyUpload,
  classifyUploadWith,
  SNIFF_BYTES,
  type UploadClassification,
} from './content-type.js';
import { buildZip } from './zip-fixtures.testing.js';

// The fixtures live in shared/ beside the repository (here /work/shared, in CI a copy beside the clone).
const fixtures = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/dicom');
const fixture = (file: string) => new Uint8Array(readFileSync(path.join(fixtures, file)));
const text = (value: string) => new TextEncoder().encode(value);
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/** The whole file at once, as a small upload is classified. */
const classify = (bytes: Uint8Array): Promise<UploadClassification> => classifyUpload(bytes, bytes.length);

/** Only the head, as a large upload is; fails the test if the rest is read. */
const classifyHeadOnly = (bytes: Uint8Array): Promise<UploadClassification> =>
  classifyUpload(bytes.subarray(0, SNIFF_BYTES), bytes.length + 1_000_000, () =>
    Promise.reject(new Error('the whole file was read')),
  );

const samples = {
  pdf: text('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  jpeg: concat(
    new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    text('JFIF\0'),
    new Uint8Array([1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]),
  ),
  png: concat(
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    text('IHDR'),
    new Uint8Array([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]),
  ),
  // An ISO-BMFF 'ftyp' box as an iPhone writes it: major brand heic, compatible mif1 + heic.
  heic: concat(new Uint8Array([0, 0, 0, 24]), text('ftypheic'), new Uint8Array(4), text('mif1heic')),
  heif: concat(new Uint8Array([0, 0, 0, 24]), text('ftypmif1'), new Uint8Array(4), text('mif1heic')),
};

const wordContentTypes =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** A real DICOM file with its 128-byte preamble replaced. */
const withPreamble = (preamble: Uint8Array) => {
  const bytes = fixture('single/MR_small.dcm');
  bytes.fill(0, 0, 128);
  bytes.set(preamble.subarray(0, 128), 0);
  return bytes;
};

describe('classifyUpload: accepted by content', () => {
  it.each([
    ['pdf', samples.pdf, 'application/pdf'],
    ['jpeg', samples.jpeg, 'image/jpeg'],
    ['png', samples.png, 'image/png'],
    ['heic', samples.heic, 'image/heic'],
    ['heic', samples.heif, 'image/heif'],
  ] as const)('%s → %s', async (kind, bytes, mediaType) => {
    expect(await classify(bytes)).toEqual({ kind, mediaType });
    expect(await classifyHeadOnly(bytes)).toEqual({ kind, mediaType });
  });

  it('every DICOM fixture file of single/ and charset/ is an instance, except the truncated one', async () => {
    const files = ['single', 'charset'].flatMap((folder) =>
      readdirSync(path.join(fixtures, folder))
        .filter((name) => name.endsWith('.dcm') && name !== 'MR_truncated.dcm')
        .map((name) => `${folder}/${name}`),
    );
    expect(files.length).toBeGreaterThanOrEqual(14);
    for (const file of files) {
      expect([file, await classify(fixture(file))]).toEqual([
        file,
        { kind: 'dicom', mediaType: 'application/dicom' },
      ]);
    }
  });

  it('reads the rest of a large DICOM file only through readAll', async () => {
    const bytes = fixture('single/CT_small.dcm');
    let reads = 0;
    const result = await classifyUpload(bytes.subarray(0, SNIFF_BYTES), bytes.length, () => {
      reads += 1;
      return Promise.resolve(bytes);
    });
    expect(result.kind).toBe('dicom');
    expect(reads).toBe(1);
  });

  it('a data set without preamble or file meta (older CDs) is DICOM', async () => {
    expect(await classify(fixture('single/no_meta.dcm'))).toEqual({
      kind: 'dicom',
      mediaType: 'application/dicom',
    });
  });

  it("a CD's DICOMDIR is a dicomdir, whatever its (missing) extension", async () => {
    expect(await classify(fixture('cd-dicomdir/DICOMDIR'))).toEqual({
      kind: 'dicomdir',
      mediaType: 'application/dicom',
    });
  });

  it('a ZIP is a zip (its entries are judged by the zip guard)', async () => {
    const zip = new Uint8Array(buildZip([{ name: 'IMAGES/IM0', data: fixture('single/CT_small.dcm') }]));
    expect(await classifyHeadOnly(zip)).toEqual({ kind: 'zip', mediaType: 'application/zip' });
  });
});

describe('classifyUpload: refused', () => {
  it('an empty file', async () => {
    expect(await classify(new Uint8Array())).toEqual({ kind: 'refused', reason: 'empty' });
  });

  it.each([
    ['an HTML page renamed CT.dcm', text('<!DOCTYPE html><html><body><script>alert(1)</script>')],
    ['an HTML page without doctype renamed letter.pdf', text('<html><script>fetch("/api")</script></html>')],
    ['an SVG renamed photo.jpg', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['an SVG with an XML prolog', text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a Windows executable renamed image.dcm', concat(text('MZ'), new Uint8Array(62), text('PE\0\0'))],
    ['a Linux executable', concat(new Uint8Array([0x7f]), text('ELF'), new Uint8Array([2, 1, 1, 0]))],
    ['a shell script', text('#!/bin/sh\nrm -rf ~\n')],
    ['a GIF', text('GIF89a\x01\x00\x01\x00')],
    ['plain text', text('紹介状の内容です。')],
    [
      'a Word document (a ZIP, but not of images)',
      buildZip([{ name: '[Content_Types].xml', data: text(wordContentTypes) }]),
    ],
  ])('%s', async (_label, bytes) => {
    expect(await classifyHeadOnly(new Uint8Array(bytes))).toEqual({
      kind: 'refused',
      reason: 'unsupported_type',
    });
  });

  it('a DICOM file cut short', async () => {
    expect(await classify(fixture('single/MR_truncated.dcm'))).toEqual({
      kind: 'refused',
      reason: 'truncated_dicom',
    });
  });

  it('a "DICM" marker in front of garbage', async () => {
    const bytes = concat(new Uint8Array(128), text('DICM'), text('not a data set at all, only words'));
    expect(await classify(bytes)).toEqual({ kind: 'refused', reason: 'unreadable_dicom' });
  });

  it.each([
    ['a Windows program', concat(text('MZ'), new Uint8Array(58), new Uint8Array([0x80, 0, 0, 0]))],
    ['an HTML page', text('<html><script>alert(1)</script></html>')],
    ['a PDF', text('%PDF-1.4\n')],
  ])('valid DICOM whose preamble is also %s (CVE-2019-11687)', async (_label, preamble) => {
    expect(await classify(withPreamble(preamble))).toEqual({
      kind: 'refused',
      reason: 'unsafe_dicom_preamble',
    });
  });

  it('keeps DICOM whose preamble is a TIFF header (the dual-personality profile of PS3.10)', async () => {
    expect(Array.from(fixture('single/CT_small.dcm').subarray(0, 4))).toEqual([0x49, 0x49, 0x2a, 0]);
    expect((await classify(withPreamble(text('II*\0\x08\0\0\0')))).kind).toBe('dicom');
  });

  it('cannot judge a possible DICOM file from its head alone', async () => {
    const bytes = fixture('single/CT_small.dcm');
    await expect(classifyUpload(bytes.subarray(0, SNIFF_BYTES), bytes.length)).rejects.toThrow(TypeError);
  });
});

describe('classifyUploadWith: the DICOM verdict from the header reader', () => {
  /** As finalizing a large upload does: the head in memory, the rest read as a header only. */
  const byHeader = (bytes: Uint8Array) => {
    let reads = 0;
    const result = classifyUploadWith(bytes.subarray(0, SNIFF_BYTES), bytes.length, () => {
      reads += 1;
      return readDicomFileHeader(bytesSource(bytes));
    });
    return result.then((classification) => ({ classification, reads }));
  };

  it.each([
    ['single/CT_small.dcm', { kind: 'dicom', mediaType: 'application/dicom' }],
    ['single/no_meta.dcm', { kind: 'dicom', mediaType: 'application/dicom' }],
    ['cd-dicomdir/DICOMDIR', { kind: 'dicomdir', mediaType: 'application/dicom' }],
    ['single/MR_truncated.dcm', { kind: 'refused', reason: 'truncated_dicom' }],
  ])('%s, longer than its head, answers as classifyUpload with the whole file', async (file, expected) => {
    const bytes = fixture(file);
    expect(bytes.length).toBeGreaterThan(SNIFF_BYTES);
    expect(await classify(bytes)).toEqual(expected);
    expect(await byHeader(bytes)).toEqual({ classification: expected, reads: 1 });
  });

  it('a small file is judged from its head; the reader is not called', async () => {
    const bytes = fixture('charset/chrH31.dcm');
    expect(await byHeader(bytes)).toEqual({
      classification: { kind: 'dicom', mediaType: 'application/dicom' },
      reads: 0,
    });
  });

  it('a file without signature that is no data set either is refused from its head alone', async () => {
    const bytes = concat(text('plain words, no DICOM here. '.repeat(200)));
    expect(await byHeader(bytes)).toEqual({
      classification: { kind: 'refused', reason: 'unsupported_type' },
      reads: 0,
    });
  });
});
