import { describe, expect, it } from 'vitest';
import { showableInline, viewableOf } from './viewable.js';

describe('what the console shows itself', () => {
  it('shows PDFs and images, never an infected file, and inline only once the scan is done', () => {
    expect(viewableOf({ kind: 'pdf', scanState: 'pending' })).toBe('pdf');
    expect(showableInline({ kind: 'pdf', scanState: 'pending' })).toBe(false);
    expect(showableInline({ kind: 'pdf', scanState: 'clean' })).toBe(true);
    expect(showableInline({ kind: 'png', scanState: 'unscannable' })).toBe(true);
    expect(showableInline({ kind: 'jpeg', scanState: 'infected' })).toBe(false);
    expect(showableInline({ kind: 'dicom', scanState: 'clean' })).toBe(false);
    expect(showableInline({ kind: 'heic', scanState: 'clean' })).toBe(false);
  });
});
