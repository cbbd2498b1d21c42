import { rgb } from 'pdf-lib';

/** The look shared by every printed form: A4, generous margins, quiet greys, one accent colour. */

/** A4 in PostScript points. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN_X = 42;
/** The body runs between the page header and the footer; both are drawn once the page count is known. */
export const BODY_TOP = 66;
export const BODY_BOTTOM = PAGE.height - 78;
export const BODY_WIDTH = PAGE.width - 2 * MARGIN_X;

export const SIZE = {
  title: 17,
  section: 10.5,
  label: 8.5,
  value: 10,
  body: 10.5,
  small: 7.5,
} as const;

/** Line heights: Japanese needs more leading than Latin text to stay legible. */
export const LEADING = { label: 12, value: 15, small: 10.5 } as const;

export const PAD = { x: 6, y: 5 } as const;
export const LABEL_WIDTH = 88;

export const COLOR = {
  ink: rgb(0.1, 0.11, 0.13),
  muted: rgb(0.36, 0.38, 0.42),
  rule: rgb(0.6, 0.63, 0.67),
  labelFill: rgb(0.93, 0.945, 0.96),
  accent: rgb(0.12, 0.3, 0.5),
  onAccent: rgb(1, 1, 1),
  white: rgb(1, 1, 1),
} as const;

/** Where the baseline of a line sits inside its line box, for a font of `size` (Noto's ascent ≈ 0.88). */
export function baselineOffset(lineHeight: number, size: number): number {
  return (lineHeight - size) / 2 + size * 0.86;
}
