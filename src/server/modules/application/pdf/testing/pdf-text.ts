import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BODY_BOTTOM, BODY_TOP, PAGE } from '../form-style.js';

const run = promisify(execFile);

/** A rendered PDF as poppler reads it. */
export interface ExtractedPdf {
  /** `pdftotext -layout` per page. */
  pages: string[];
  /** The same, without the page header and footer: what the form's body says, page after page. */
  bodies: string[];
  /** `pdfinfo`: title, author, page size, page count. */
  info: string;
}

async function withTempFile<T>(
  bytes: Uint8Array,
  use: (file: string, dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'consilium-pdf-'));
  try {
    const file = join(dir, 'form.pdf');
    await writeFile(file, bytes);
    return await use(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function splitPages(text: string): string[] {
  const pages = text.split('\f');
  // pdftotext ends every page with a form feed, so the last piece is empty.
  return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages;
}

/**
 * Reads a PDF back with poppler (pdftotext, pdfinfo), as a reader's PDF viewer would: what it extracts
 * is what a person can find and copy, so it proves the embedded fonts map back to the entered text.
 */
export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  return withTempFile(bytes, async (file) => {
    const text = (args: string[]) => run('pdftotext', ['-layout', '-enc', 'UTF-8', ...args, file, '-']);
    // At pdftotext's default 72 dpi a pixel is a point, so the crop box is the body in points.
    const crop = [
      ['-x', 0],
      ['-y', BODY_TOP],
      ['-W', PAGE.width],
      ['-H', BODY_BOTTOM - BODY_TOP],
    ].flatMap(([flag, value]) => [String(flag), String(Math.round(Number(value)))]);
    const [whole, body, info] = await Promise.all([
      text([]),
      text(crop),
      run('pdfinfo', ['-enc', 'UTF-8', file]),
    ]);
    return { pages: splitPages(whole.stdout), bodies: splitPages(body.stdout), info: info.stdout };
  });
}

/** The first page as a greyscale raster (PGM bytes), to compare how two PDFs look. */
export async function rasterizeFirstPage(bytes: Uint8Array, dpi = 50): Promise<Buffer> {
  return withTempFile(bytes, async (file, dir) => {
    const out = join(dir, 'page');
    await run('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, out]);
    return readFile(`${out}.pgm`);
  });
}

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
}

/** Every word with its horizontal extent in points (pdftotext -bbox), to check nothing runs off. */
export async function wordBoxes(bytes: Uint8Array): Promise<WordBox[]> {
  return withTempFile(bytes, async (file) => {
    const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 << 20 });
    return stdout
      .split('<page ')
      .slice(1)
      .flatMap((page, index) =>
        Array.from(
          page.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
          (m) => ({
            page: index + 1,
            xMin: Number(m[1]),
            xMax: Number(m[2]),
            text: m[3] ?? '',
          }),
        ),
      );
  });
}

/** Text without the spaces and line breaks the layout adds, to find passages that were wrapped. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
