import { PNG } from 'pngjs';
import { applyPalette, paletteOf } from './color.js';
import type { ParsedDicom } from './dicom-dataset.js';
import { parseDicom } from './dicom-file.js';
import { imageAttributesOf, type ImageAttributes, type ThumbnailFailure } from './image-attributes.js';
import { firstFrame, type Frame } from './pixel-data.js';
import { DEFAULT_MAX_EDGE, boxGrid, downsampleRgb, thumbnailSize } from './resample.js';
import { greyThumbnail, storedValues } from './windowing.js';

/**
 * A small PNG of the first frame of a DICOM image, for the coordinator's study tree: enough to tell a
 * chest film from a head CT, not a diagnostic rendering. The file is untrusted and may be anything,
 * so every outcome is a value; compressed syntaxes we do not decode answer `unsupported_*` and the UI
 * shows "no preview".
 */

export type { ThumbnailFailure } from './image-attributes.js';

export type ThumbnailResult =
  { ok: true; png: Buffer; width: number; height: number } | { ok: false; reason: ThumbnailFailure };

export interface ThumbnailOptions {
  /** Longest edge of the thumbnail in pixels (default 192). Smaller images are not enlarged. */
  readonly maxEdge?: number;
}

const COLOR_TYPE_GREY = 0;
const COLOR_TYPE_RGB = 2;

function encodePng(pixels: Uint8Array, width: number, height: number, rgb: boolean): Buffer {
  const colorType = rgb ? COLOR_TYPE_RGB : COLOR_TYPE_GREY;
  const png = new PNG({ width, height, colorType, inputColorType: colorType, inputHasAlpha: false });
  png.data = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  return PNG.sync.write(png, { colorType, inputColorType: colorType, inputHasAlpha: false });
}

/** Interleaved RGB of a PALETTE COLOR frame, or null when its tables cannot be used. */
function paletteRgb(file: ParsedDicom, frame: Frame, image: ImageAttributes): Uint8Array | null {
  if (frame.kind !== 'grey') return null;
  const palette = paletteOf(file, image.signed);
  return palette ? applyPalette(storedValues(frame, image.signed), palette) : null;
}

function render(file: ParsedDicom, maxEdge: number): ThumbnailResult {
  const attributes = imageAttributesOf(file);
  if (!attributes.ok) return attributes;
  const { image, pixelData } = attributes;
  const grey = /^MONOCHROME[12]$/.test(image.photometric);
  const palette = image.photometric === 'PALETTE COLOR';
  if (image.samplesPerPixel === 1 && !grey && !palette)
    return { ok: false, reason: 'unsupported_photometric' };

  const decoded = firstFrame(pixelData, image, file.transferSyntaxUid, file.littleEndian);
  if (!decoded.ok) return decoded;
  const frame = decoded.frame;

  const { width, height } = thumbnailSize(image.columns, image.rows, maxEdge);
  const grid = boxGrid(image.columns, image.rows, width, height);
  if (frame.kind === 'grey' && grey) {
    return {
      ok: true,
      png: encodePng(greyThumbnail(frame, image, grid), width, height, false),
      width,
      height,
    };
  }
  const rgb = frame.kind === 'rgb' ? frame.rgb : paletteRgb(file, frame, image);
  if (!rgb) return { ok: false, reason: 'unsupported_photometric' };
  const small = downsampleRgb(rgb, image.columns, image.rows, grid);
  return { ok: true, png: encodePng(small, width, height, true), width, height };
}

/**
 * Renders the first frame of a DICOM file as a PNG no larger than `maxEdge` on its longest side.
 * Never throws: a file that is not DICOM, is cut short or contradicts itself is `unreadable`.
 */
export function renderDicomThumbnail(file: Uint8Array, options: ThumbnailOptions = {}): ThumbnailResult {
  const parsed = parseDicom(file);
  if (!parsed.ok) return { ok: false, reason: 'unreadable' };
  try {
    return render(parsed.file, options.maxEdge ?? DEFAULT_MAX_EDGE);
  } catch {
    // jpeg-js throws on corrupt streams; a hostile file must not take the request down.
    return { ok: false, reason: 'unreadable' };
  }
}
