import { describe, expect, it } from 'vitest';
import { uploadRefusalMessage, uploadRefusals } from './messages.js';

const reasons = uploadRefusals;

describe('uploadRefusalMessage', () => {
  it.each(reasons)('%s: says what to do, in Japanese and in English', (reason) => {
    const ja = uploadRefusalMessage(reason, 'ja');
    const en = uploadRefusalMessage(reason, 'en');
    expect(ja).toMatch(/[ぁ-んァ-ン一-龯]/);
    expect(ja).toMatch(/ください。$/);
    expect(en).toMatch(/^[\x20-\x7e]+$/);
    expect(en).toMatch(/Please/);
  });

  it('names every accepted kind where the kind was wrong', () => {
    expect(uploadRefusalMessage('unsupported_type', 'ja')).toContain('PDF、JPEG、PNG、HEIC');
    expect(uploadRefusalMessage('unsupported_type', 'ja')).toContain('DICOM');
    expect(uploadRefusalMessage('unsupported_type', 'en')).toContain(
      "PDF, JPEG, PNG or HEIC files (photos), or the CD's DICOM files",
    );
  });
});
