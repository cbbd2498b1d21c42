import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './audit.csv.js';

describe('CSV cells (RFC 4180 and formula guard)', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('case.read')).toBe('case.read');
    expect(csvCell('田中 太郎')).toBe('田中 太郎');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it.each(['=1+1', '+81 3', '-2', '@SUM(A1)', '\tx'])('keeps %j from running as a formula', (value) => {
    expect(csvCell(value).replace(/^"/, '')).toMatch(/^'/);
  });

  it('guards first, then quotes', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('ends lines with CRLF and writes null as an empty field', () => {
    expect(csvLine(['a', null, 'c'])).toBe('a,,c\r\n');
  });
});
