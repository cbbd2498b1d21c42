import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared fixtures the DICOM fuzz tests mutate: one of each structure the readers must survive. */

const fixtures = path.resolve(import.meta.dirname, '../../../../../../../shared/fixtures/dicom');

export const fuzzSamples = [
  'single/CT_small.dcm', // explicit VR LE, native pixels
  'single/MR_small_implicit.dcm',
  'single/MR_small_bigendian.dcm',
  'single/JPEG2000.dcm', // encapsulated fragments
  'single/rtplan.dcm', // nested sequences, implicit VR
  'single/no_meta.dcm', // sniffed encoding
  'charset/chrH32.dcm',
  'cd-dicomdir/DICOMDIR',
].map((file) => ({ file, bytes: new Uint8Array(readFileSync(path.join(fixtures, file))) }));
