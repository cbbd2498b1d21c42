import { PDFDocument } from 'pdf-lib';
import { FormFonts } from './form-canvas.js';
import { formFontBytes } from './form-fonts.js';
import { formFontkit } from './form-fontkit.js';
import { FormPages, MIN_SPLIT_LINES, type PageFurniture } from './form-pages.js';
import {
  BODY_WIDTH,
  COLOR,
  LABEL_WIDTH,
  LEADING,
  MARGIN_X,
  PAD,
  SIZE,
  baselineOffset,
} from './form-style.js';

export interface Field {
  label: string;
  value: string;
}
/** One field across the width, or two side by side for short values (names, phones, dates). */
export type FieldRow = Field | readonly [Field, Field];

export interface Column {
  header: string;
  /** Share of the body width; the shares of a table add up to 1. */
  share: number;
}

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  language: string;
  /** Text appended to a label whose box continues from the previous page. */
  continued: string;
}

const labelStyle = { size: SIZE.label, lineHeight: LEADING.label, color: COLOR.muted } as const;
const valueStyle = { size: SIZE.value, lineHeight: LEADING.value } as const;
/** Ideographic space: the gap between a label and its value in a Japanese form, fine in English too. */
const WIDE_SPACE = '\u3000';
const HANDWRITING_ROW = 30;
/** Padding above and below the lines of a labelled cell. */
const CELL_OVERHEAD = 2 * PAD.y + 4;

/**
 * Writes a form top to bottom and starts a new page when the next block does not fit, so a renderer
 * only says what comes next. Long free text is split across pages, each part in its own labelled box.
 */
export class FormWriter {
  private readonly pages: FormPages;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: FormFonts,
    private readonly info: DocumentInfo,
  ) {
    this.pages = new FormPages(doc, fonts);
  }

  static async create(info: DocumentInfo): Promise<FormWriter> {
    const bytes = await formFontBytes();
    const doc = await PDFDocument.create();
    doc.registerFontkit(formFontkit);
    const [regular, bold] = await Promise.all([
      doc.embedFont(bytes.regular, { subset: true }),
      doc.embedFont(bytes.bold, { subset: true }),
    ]);
    doc.setTitle(info.title, { showInWindowTitleBar: true });
    doc.setAuthor(info.author);
    doc.setSubject(info.subject);
    doc.setLanguage(info.language);
    doc.setCreator('Consilium');
    doc.setProducer('Consilium (pdf-lib)');
    return new FormWriter(doc, new FormFonts({ regular, bold }), info);
  }

  gap(height: number): void {
    this.pages.gap(height);
  }

  /**
   * The form's name under the hospital's, with small "label value" pairs (case number, submission
   * date) at the right of the name, or on their own line when a long name leaves no room.
   */
  title(text: string, subtitle: string, stamp: readonly Field[]): void {
    const right = MARGIN_X + BODY_WIDTH;
    const titleStyle = { size: SIZE.title, lineHeight: 26, weight: 'bold' } as const;
    const stampStyle = { size: SIZE.value, lineHeight: 14 } as const;
    const stampText = stamp.map((field) => field.label + WIDE_SPACE + field.value).join(WIDE_SPACE.repeat(2));
    const titleWidth = this.fonts.measure('bold', SIZE.title)(text);
    const stampWidth = this.fonts.measure('regular', SIZE.value)(stampText);
    this.pages.canvas.text(subtitle, MARGIN_X, this.pages.top, { ...labelStyle, color: COLOR.muted });
    this.pages.top += 12;
    this.pages.canvas.text(text, MARGIN_X, this.pages.top, titleStyle);
    if (MARGIN_X + titleWidth + 24 + stampWidth <= right) {
      // Same baseline as the title, so the two read as one line.
      const shift = baselineOffset(26, SIZE.title) - baselineOffset(14, SIZE.value);
      this.pages.canvas.textRight(stampText, right, this.pages.top + shift, stampStyle);
      this.pages.top += 28;
    } else {
      this.pages.top += 26;
      this.pages.canvas.textRight(stampText, right, this.pages.top, stampStyle);
      this.pages.top += 16;
    }
  }

  /** A section band; kept on the same page as at least its first row. */
  section(title: string): void {
    this.pages.ensure(22 + 2 * PAD.y + 2 * LEADING.value);
    this.pages.gap(8);
    this.pages.canvas.rect(MARGIN_X, this.pages.top, BODY_WIDTH, 20, { fill: COLOR.accent });
    this.pages.canvas.text(title, MARGIN_X + PAD.x, this.pages.top, {
      size: SIZE.section,
      lineHeight: 20,
      weight: 'bold',
      color: COLOR.onAccent,
    });
    this.pages.top += 20;
  }

  /** Labelled boxes: a grey label cell and the value, one or two fields per row. */
  fields(rows: readonly FieldRow[]): void {
    for (const row of rows) {
      if (isPair(row)) this.fieldPair(row);
      else this.fieldRow(row);
    }
  }

  private cell(label: string, value: string, x: number, width: number) {
    const labelLines = this.fonts.wrap(label, LABEL_WIDTH - 2 * PAD.x, 'regular', SIZE.label);
    const valueLines = this.fonts.wrap(value, width - LABEL_WIDTH - 2 * PAD.x, 'regular', SIZE.value);
    return { label: labelLines, value: valueLines, x, width };
  }

  private drawCell(
    cell: { label: string[]; value: string[]; x: number; width: number },
    height: number,
  ): void {
    const { x, width } = cell;
    this.pages.canvas.rect(x, this.pages.top, LABEL_WIDTH, height, { fill: COLOR.labelFill });
    this.pages.canvas.rect(x, this.pages.top, width, height, { border: COLOR.rule });
    this.pages.canvas.line(x + LABEL_WIDTH, this.pages.top, x + LABEL_WIDTH, this.pages.top + height);
    this.pages.canvas.lines(cell.label, x + PAD.x, this.pages.top + PAD.y + 1.5, labelStyle);
    this.pages.canvas.lines(cell.value, x + LABEL_WIDTH + PAD.x, this.pages.top + PAD.y, valueStyle);
  }

  private fieldPair([left, right]: readonly [Field, Field]): void {
    const half = BODY_WIDTH / 2;
    const cells = [
      this.cell(left.label, left.value, MARGIN_X, half),
      this.cell(right.label, right.value, MARGIN_X + half, half),
    ];
    const height = Math.max(...cells.map(cellHeight));
    this.pages.ensure(height);
    for (const cell of cells) this.drawCell(cell, height);
    this.pages.top += height;
  }

  private fieldRow(field: Field): void {
    const cell = this.cell(field.label, field.value, MARGIN_X, BODY_WIDTH);
    this.pages.flow(cell.value, LEADING.value, CELL_OVERHEAD, (lines, part) => {
      const label =
        part === 0
          ? cell.label
          : this.fonts.wrap(
              field.label + this.info.continued,
              LABEL_WIDTH - 2 * PAD.x,
              'regular',
              SIZE.label,
            );
      const chunk = { ...cell, label, value: lines };
      const height = cellHeight(chunk);
      this.drawCell(chunk, height);
      this.pages.top += height;
    });
  }

  /** Free text under a label band across the width: the consultation sheet's answers. */
  textBlock(label: string, text: string, minLines = 3): void {
    const lines = this.fonts.wrap(text, BODY_WIDTH - 2 * PAD.x, 'regular', SIZE.value);
    while (lines.length < minLines) lines.push('');
    const band = 18;
    this.pages.ensure(band + 2 * PAD.y + MIN_SPLIT_LINES * LEADING.value);
    this.pages.gap(6);
    this.pages.flow(lines, LEADING.value, band + 2 * PAD.y, (part, index) => {
      const title = index === 0 ? label : label + this.info.continued;
      const height = band + part.length * LEADING.value + 2 * PAD.y;
      this.pages.canvas.rect(MARGIN_X, this.pages.top, BODY_WIDTH, band, { fill: COLOR.labelFill });
      this.pages.canvas.rect(MARGIN_X, this.pages.top, BODY_WIDTH, height, { border: COLOR.rule });
      this.pages.canvas.line(MARGIN_X, this.pages.top + band, MARGIN_X + BODY_WIDTH, this.pages.top + band);
      this.pages.canvas.text(title, MARGIN_X + PAD.x, this.pages.top, {
        ...labelStyle,
        lineHeight: band,
        weight: 'bold',
      });
      this.pages.canvas.lines(part, MARGIN_X + PAD.x, this.pages.top + band + PAD.y, valueStyle);
      this.pages.top += height;
    });
  }

  /** A table with a header row, repeated on every page it spans; `blankRows` leaves rows to write in. */
  table(columns: readonly Column[], rows: readonly (readonly string[])[], blankRows = 0): void {
    const widths = columns.map((column) => column.share * BODY_WIDTH);
    const header = () => {
      this.tableRow(
        columns.map((column) => [column.header]),
        widths,
        LEADING.label,
        true,
      );
    };
    const wrapped = rows.map((row) =>
      row.map((value, i) => this.fonts.wrap(value, (widths[i] ?? 0) - 2 * PAD.x, 'regular', SIZE.value)),
    );
    for (let i = 0; i < blankRows; i += 1) wrapped.push(columns.map(() => ['']));
    this.pages.ensure(2 * (LEADING.value + 2 * PAD.y) + LEADING.label);
    header();
    for (const row of wrapped) {
      const written = Math.max(...row.map((lines) => lines.length)) * LEADING.value + 2 * PAD.y + 4;
      // An empty row is for handwriting, which needs more height than print.
      const height = row.every((lines) => lines.join('') === '') ? HANDWRITING_ROW : written;
      if (height > this.pages.remaining()) {
        this.pages.addPage();
        header();
      }
      this.tableRow(row, widths, LEADING.value, false, height);
    }
  }

  private tableRow(
    cells: readonly string[][],
    widths: readonly number[],
    lineHeight: number,
    isHeader: boolean,
    fixedHeight?: number,
  ): void {
    const height = fixedHeight ?? Math.max(...cells.map((lines) => lines.length)) * lineHeight + 2 * PAD.y;
    let x = MARGIN_X;
    cells.forEach((lines, i) => {
      const width = widths[i] ?? 0;
      this.pages.canvas.rect(x, this.pages.top, width, height, {
        border: COLOR.rule,
        ...(isHeader ? { fill: COLOR.labelFill } : {}),
      });
      const style = isHeader ? labelStyle : valueStyle;
      this.pages.canvas.lines(lines, x + PAD.x, this.pages.top + PAD.y + (isHeader ? 0 : 2), style);
      x += width;
    });
    this.pages.top += height;
  }

  /** Running text across the width, split line by line across pages. */
  paragraph(
    text: string,
    options: { size?: number; weight?: 'regular' | 'bold'; indent?: number } = {},
  ): void {
    const size = options.size ?? SIZE.body;
    const lineHeight = Math.round(size * 1.6);
    const indent = options.indent ?? 0;
    // The indent applies on both sides, so text inside a framed block keeps clear of the frame.
    const lines = this.fonts.wrap(text, BODY_WIDTH - 2 * indent, options.weight ?? 'regular', size);
    for (const line of lines) {
      this.pages.ensure(lineHeight);
      this.pages.canvas.text(line, MARGIN_X + indent, this.pages.top, {
        size,
        lineHeight,
        weight: options.weight ?? 'regular',
      });
      this.pages.top += lineHeight;
    }
  }

  /** A tick box with its statement, as the paper form's 「□ 同意します」. */
  checkItem(checked: boolean, text: string): void {
    const lines = this.fonts.wrap(text, BODY_WIDTH - 22, 'regular', SIZE.value);
    this.pages.ensure(lines.length * LEADING.value + 4);
    this.pages.canvas.checkbox(MARGIN_X + 4, this.pages.top + 3, 9.5, checked);
    this.pages.top += this.pages.canvas.lines(lines, MARGIN_X + 22, this.pages.top, valueStyle) + 4;
  }

  /**
   * Blanks to be written in by hand: a label over a rule, several side by side. `hint` is printed at the
   * right end of the rule (the blanks of a date).
   */
  writeIn(blanks: readonly { label: string; share: number; hint?: string }[], indent = 0): void {
    const height = 40;
    this.pages.ensure(height);
    const width = BODY_WIDTH - 2 * indent;
    let x = MARGIN_X + indent;
    for (const blank of blanks) {
      const w = blank.share * width;
      this.pages.canvas.text(blank.label, x, this.pages.top, labelStyle);
      const ruleTop = this.pages.top + height - 6;
      this.pages.canvas.line(x, ruleTop, x + w - 12, ruleTop, COLOR.ink, 0.7);
      if (blank.hint) this.pages.canvas.textRight(blank.hint, x + w - 14, ruleTop - 17, valueStyle);
      x += w;
    }
    this.pages.top += height;
  }

  /** Ruled empty lines for a handwritten answer. */
  ruledLines(count: number, indent = 0): void {
    const lineHeight = 24;
    for (let i = 0; i < count; i += 1) {
      this.pages.ensure(lineHeight);
      this.pages.top += lineHeight;
      this.pages.canvas.line(
        MARGIN_X + indent,
        this.pages.top,
        MARGIN_X + BODY_WIDTH - indent,
        this.pages.top,
      );
    }
  }

  /**
   * A framed block that stays on one page: `height` is reserved first (a new page if needed), `body`
   * writes inside it, and the frame is drawn round what it wrote.
   */
  framed(height: number, body: () => void): void {
    this.pages.ensure(height);
    const top = this.pages.top;
    const canvas = this.pages.canvas;
    this.pages.gap(PAD.y * 2);
    body();
    this.pages.gap(PAD.y * 2);
    canvas.rect(MARGIN_X, top, BODY_WIDTH, this.pages.top - top, { border: COLOR.ink, borderWidth: 1.2 });
  }

  /** Draws the header and footer with "n / total" on every page and returns the file. */
  async finish(furniture: PageFurniture): Promise<Uint8Array> {
    this.pages.drawFurniture(furniture);
    return this.doc.save();
  }
}

function isPair(row: FieldRow): row is readonly [Field, Field] {
  return Array.isArray(row);
}

function cellHeight(cell: { label: readonly string[]; value: readonly string[] }): number {
  return Math.max(cell.label.length * LEADING.label, cell.value.length * LEADING.value) + CELL_OVERHEAD;
}
