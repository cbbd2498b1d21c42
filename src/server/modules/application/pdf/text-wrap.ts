/**
 * Line breaking for printed forms. Japanese has no spaces, so a line may break between any two
 * characters; Latin words (English answers, e-mail addresses, drug names) break at spaces and are only
 * cut when one word is wider than the line. The measure is injected so the rules are testable without
 * a font.
 */
export type Measure = (text: string) => number;

/** Characters that must not start a line (行頭禁則): closing brackets, small kana, punctuation. */
const NO_LINE_START = new Set(
  Array.from(
    '、。，．,.・：；:;？！?!)）]］｝〕〉》」』】ー～‐゠–—ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ%％',
  ),
);
/** Characters that must not end a line (行末禁則): opening brackets. */
const NO_LINE_END = new Set(Array.from('(（[［｛〔〈《「『【'));

/** A run that is kept together: a Latin word, one CJK character, or a run of spaces. */
function tokenize(paragraph: string): string[] {
  return paragraph.match(/ +|[\x21-\x7e\u00a1-\u024f]+|./gsu) ?? [];
}

/** Control characters print as empty boxes; tabs become spaces, line breaks are kept by the caller. */
function clean(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/\p{Cc}/gu, (char) => (char === '\n' ? char : ''));
}

/**
 * Moves forbidden characters across the break: a line may not start with a closing mark (the character
 * before it comes along, 追い出し) nor end with an opening one (it moves down).
 */
function applyKinsoku(line: string[], next: string[]): void {
  while (line.length > 1 && next.length > 0 && NO_LINE_START.has(next[0]?.[0] ?? '')) {
    const moved = line.pop();
    if (moved === undefined) break;
    next.unshift(moved);
  }
  while (line.length > 1 && NO_LINE_END.has(line.at(-1)?.at(-1) ?? '')) {
    const moved = line.pop();
    if (moved === undefined) break;
    next.unshift(moved);
  }
}

function splitLongToken(token: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const char of Array.from(token)) {
    if (current !== '' && measure(current + char) > maxWidth) {
      pieces.push(current);
      current = char;
    } else {
      current += char;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: Measure): string[] {
  const pending = tokenize(paragraph);
  const lines: string[] = [];
  let line: string[] = [];
  let width = 0;
  while (pending.length > 0) {
    const token = pending.shift() as string;
    const tokenWidth = measure(token);
    if (width + tokenWidth <= maxWidth) {
      line.push(token);
      width += tokenWidth;
      continue;
    }
    if (token.trim() === '') {
      // Spaces at a break are dropped rather than carried to the next line.
      lines.push(line.join(''));
      line = [];
      width = 0;
      continue;
    }
    if (line.length === 0) {
      // A word wider than the whole line: cut it by character.
      const [head = '', ...rest] = splitLongToken(token, maxWidth, measure);
      pending.unshift(...rest);
      lines.push(head);
      continue;
    }
    pending.unshift(token);
    applyKinsoku(line, pending);
    lines.push(line.join('').trimEnd());
    line = [];
    width = 0;
    while (pending[0]?.trim() === '') pending.shift();
  }
  if (line.length > 0 || lines.length === 0) lines.push(line.join('').trimEnd());
  return lines;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (except a lone character wider than the line).
 * Line breaks in the text are kept, so an applicant's paragraphs survive; an empty text gives one
 * empty line.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  return clean(text)
    .split('\n')
    .flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure));
}

/** Measures by summing per-character widths, cached: pdf-lib draws advance widths without kerning. */
export function cachedCharMeasure(charWidth: (char: string) => number): Measure {
  const cache = new Map<string, number>();
  return (text) => {
    let total = 0;
    for (const char of Array.from(text)) {
      let width = cache.get(char);
      if (width === undefined) {
        width = charWidth(char);
        cache.set(char, width);
      }
      total += width;
    }
    return total;
  };
}
