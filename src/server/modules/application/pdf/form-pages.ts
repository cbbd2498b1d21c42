import type { PDFDocument } from 'pdf-lib';
import { FormCanvas, type FormFonts } from './form-canvas.js';
import { BODY_BOTTOM, BODY_TOP, BODY_WIDTH, COLOR, LEADING, MARGIN_X, PAGE, SIZE } from './form-style.js';

export interface PageFurniture {
  headerLeft: string;
  headerRight: string;
  footerLines: readonly string[];
}

/** Blocks of up to this many lines are never split across pages. */
const KEEP_TOGETHER_LINES = 8;
/** A longer block starts on this page only if this many of its lines still fit here. */
export const MIN_SPLIT_LINES = 3;
const FOOTER_LINES = 4;

/**
 * The page flow of a form: the current page and how far down it is written (`top`), a new A4 page when
 * the next block does not fit, and the header and footer once the page count is known.
 */
export class FormPages {
  canvas: FormCanvas;
  top = BODY_TOP;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: FormFonts,
  ) {
    this.canvas = this.addPage();
  }

  addPage(): FormCanvas {
    const page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.top = BODY_TOP;
    this.canvas = new FormCanvas(page, this.fonts);
    return this.canvas;
  }

  remaining(): number {
    return BODY_BOTTOM - this.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (height > this.remaining()) this.addPage();
  }

  gap(height: number): void {
    this.top = Math.min(this.top + height, BODY_BOTTOM);
  }

  /**
   * Hands `lines` to `draw` in page-sized parts; `overhead` is the height each part adds (band, padding).
   * A short block that does not fit moves to the next page whole; a long one fills the rest of this
   * page and continues overleaf, so a long answer leaves no half-empty page behind.
   */
  flow(
    lines: readonly string[],
    lineHeight: number,
    overhead: number,
    draw: (part: string[], index: number) => void,
  ): void {
    const fitting = () => Math.floor((this.remaining() - overhead) / lineHeight);
    const fits = lines.length * lineHeight + overhead <= this.remaining();
    if (!fits && (lines.length <= KEEP_TOGETHER_LINES || fitting() < MIN_SPLIT_LINES)) this.addPage();
    let rest = [...lines];
    let index = 0;
    while (rest.length > 0) {
      const count = Math.max(1, Math.min(rest.length, fitting()));
      draw(rest.slice(0, count), index);
      rest = rest.slice(count);
      index += 1;
      if (rest.length > 0) this.addPage();
    }
  }

  /** Draws the header and footer with "n / total" on every page. */
  drawFurniture(furniture: PageFurniture): void {
    const pages = this.doc.getPages();
    const small = { size: SIZE.small, lineHeight: LEADING.small, color: COLOR.muted };
    pages.forEach((page, index) => {
      const canvas = new FormCanvas(page, this.fonts);
      const right = MARGIN_X + BODY_WIDTH;
      canvas.text(furniture.headerLeft, MARGIN_X, 30, small);
      canvas.textRight(furniture.headerRight, right, 30, small);
      canvas.line(MARGIN_X, 44, right, 44);
      const footerTop = BODY_BOTTOM + 22;
      canvas.line(MARGIN_X, footerTop - 6, right, footerTop - 6);
      // The footer has room for four lines; the hospital's contact is written for less.
      const footer = furniture.footerLines
        .flatMap((line) => this.fonts.wrap(line, BODY_WIDTH - 60, 'regular', SIZE.small))
        .slice(0, FOOTER_LINES);
      canvas.lines(footer, MARGIN_X, footerTop, small);
      canvas.textRight(`${index + 1} / ${pages.length}`, right, footerTop, {
        size: SIZE.value,
        lineHeight: LEADING.small,
      });
    });
  }
}
