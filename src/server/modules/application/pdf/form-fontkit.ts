import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;

interface LocaTable {
  version?: number;
  offsets: number[];
}

/**
 * @pdf-lib/fontkit 1.1.1 (the fontkit pdf-lib supports) writes a subset's glyph index (`loca`) in the
 * short format whenever the subset is small, halving the offsets without padding glyph records to an
 * even length. One odd-length record shifts every later glyph by a byte, so most Japanese characters
 * print blank while text extraction still finds them (pdf-lib#1232; fixed upstream in fontkit 1.8 by
 * foliojs/fontkit#191, never ported to the fork).
 *
 * The encoder keeps a format that is already set, so every subset's fresh `loca` table gets the long
 * one: offsets stay exact, at two bytes more per glyph. Remove this when pdf-lib ships a fontkit with
 * the fix; `form-fontkit.test.ts` compares subset and full embedding pixel by pixel.
 */
function withLongLoca(font: Font): Font {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    let loca: LocaTable | undefined;
    Object.defineProperty(subset, 'loca', {
      configurable: true,
      get: () => loca,
      set: (table: LocaTable) => {
        table.version = 1;
        loca = table;
      },
    });
    return subset;
  };
  return font;
}

/**
 * Parsing copies the 5 MB font and builds its tables; reusing the parsed font for the same (cached)
 * bytes saves that work and the garbage on every document. A parsed font is only read afterwards:
 * each document's subset is a new object.
 */
const parsed = new WeakMap<Uint8Array, Font>();

/** The fontkit to register with pdf-lib for the printed forms. */
export const formFontkit: Fontkit = {
  create(buffer, postscriptName) {
    if (postscriptName !== undefined) return withLongLoca(fontkit.create(buffer, postscriptName));
    let font = parsed.get(buffer);
    if (!font) {
      font = withLongLoca(fontkit.create(buffer));
      parsed.set(buffer, font);
    }
    return font;
  },
};
