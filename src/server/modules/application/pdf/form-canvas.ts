import type { Color, PDFFont, PDFPage } from 'pdf-lib';
import type { FontWeight } from './form-fonts.js';
import { COLOR, PAGE, baselineOffset } from './form-style.js';
import { cachedCharMeasure, wrapText, type Measure } from './text-wrap.js';

/** The embedded fonts of one document, with cached measures per weight and size. */
export class FormFonts {
  private readonly measures = new Map<string, Measure>();

  constructor(private readonly fonts: Record<FontWeight, PDFFont>) {}

  font(weight: FontWeight): PDFFont {
    return this.fonts[weight];
  }

  measure(weight: FontWeight, size: number): Measure {
    const key = `${weight}:${size}`;
    let measure = this.measures.get(key);
    if (!measure) {
      const font = this.fonts[weight];
      measure = cachedCharMeasure((char) => font.widthOfTextAtSize(char, size));
      this.measures.set(key, measure);
    }
    return measure;
  }

  wrap(text: string, width: number, weight: FontWeight, size: number): string[] {
    return wrapText(text, width, this.measure(weight, size));
  }
}

export interface TextStyle {
  size: number;
  lineHeight: number;
  weight?: FontWeight;
  color?: Color;
}

/**
 * Drawing on one page in top-down coordinates (distance from the top edge), the way a form is read;
 * pdf-lib's origin is the bottom-left corner.
 */
export class FormCanvas {
  constructor(
    readonly page: PDFPage,
    private readonly fonts: FormFonts,
  ) {}

  /** One line of text whose line box starts at `top`. */
  text(text: string, x: number, top: number, style: TextStyle): void {
    if (text === '') return;
    this.page.drawText(text, {
      x,
      y: PAGE.height - top - baselineOffset(style.lineHeight, style.size),
      size: style.size,
      font: this.fonts.font(style.weight ?? 'regular'),
      color: style.color ?? COLOR.ink,
    });
  }

  /** One line of text ending at `right`. */
  textRight(text: string, right: number, top: number, style: TextStyle): void {
    const width = this.fonts.measure(style.weight ?? 'regular', style.size)(text);
    this.text(text, right - width, top, style);
  }

  /** Lines one below the other; returns the height used. */
  lines(lines: readonly string[], x: number, top: number, style: TextStyle): number {
    lines.forEach((line, index) => this.text(line, x, top + index * style.lineHeight, style));
    return lines.length * style.lineHeight;
  }

  rect(
    x: number,
    top: number,
    width: number,
    height: number,
    options: { fill?: Color; border?: Color; borderWidth?: number },
  ): void {
    this.page.drawRectangle({
      x,
      y: PAGE.height - top - height,
      width,
      height,
      ...(options.fill ? { color: options.fill } : {}),
      ...(options.border ? { borderColor: options.border, borderWidth: options.borderWidth ?? 0.6 } : {}),
    });
  }

  line(x1: number, top1: number, x2: number, top2: number, color: Color = COLOR.rule, thickness = 0.6): void {
    this.page.drawLine({
      start: { x: x1, y: PAGE.height - top1 },
      end: { x: x2, y: PAGE.height - top2 },
      color,
      thickness,
    });
  }

  /** A tick box; ticked ones carry a drawn check mark, which needs no glyph in the font. */
  checkbox(x: number, top: number, size: number, checked: boolean): void {
    this.rect(x, top, size, size, { border: COLOR.ink, borderWidth: 0.8, fill: COLOR.white });
    if (!checked) return;
    this.line(x + size * 0.2, top + size * 0.52, x + size * 0.42, top + size * 0.78, COLOR.ink, 1.3);
    this.line(x + size * 0.42, top + size * 0.78, x + size * 0.82, top + size * 0.22, COLOR.ink, 1.3);
  }
}
