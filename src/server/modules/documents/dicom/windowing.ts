import type { ImageAttributes, VoiFunction } from './image-attributes.js';
import type { BoxGrid } from './resample.js';

/**
 * Grey images to 8-bit display values, the way a viewer shows them first (PS3.3 C.11): stored value
 * → Modality LUT (rescale slope/intercept) → VOI window → MONOCHROME1 inverted.
 *
 * One pass over the stored words does three things at once: masks and sign-extends each value,
 * counts it in a histogram (for the automatic window) and adds it to its thumbnail box. The window is
 * then applied to the box means only, so a 512×512 CT costs one loop and a 64K-entry histogram.
 * Windowing the mean of a box rather than averaging windowed pixels is what a viewer does when it
 * interpolates a zoomed-out image before applying its VOI LUT.
 */

export interface GreyFrame {
  readonly words: Uint8Array | Uint16Array;
  readonly bitsStored: number;
  readonly highBit: number;
}

/** Share of pixels left out at each end by the automatic window. */
const AUTO_WINDOW_TAIL = 0.01;

/** Masks to BitsStored below HighBit and sign-extends: the stored values of the frame. */
export function storedValues(frame: GreyFrame, signed: boolean): Int32Array {
  const { words, bitsStored, highBit } = frame;
  const shift = highBit + 1 - bitsStored;
  const mask = (1 << bitsStored) - 1;
  const signBit = signed ? 1 << (bitsStored - 1) : 0;
  const values = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const v = ((words[i] ?? 0) >> shift) & mask;
    values[i] = (v ^ signBit) - signBit;
  }
  return values;
}

interface Accumulated {
  /** Sum of stored values per thumbnail pixel. */
  readonly sums: Float64Array;
  /** Count of each stored value, indexed by value − `lowest`. */
  readonly histogram: Uint32Array;
  readonly lowest: number;
}

function accumulate(frame: GreyFrame, image: ImageAttributes, grid: BoxGrid): Accumulated {
  const { words, bitsStored, highBit } = frame;
  const shift = highBit + 1 - bitsStored;
  const mask = (1 << bitsStored) - 1;
  const signBit = image.signed ? 1 << (bitsStored - 1) : 0;
  const lowest = -signBit;
  const histogram = new Uint32Array(1 << bitsStored);
  const sums = new Float64Array(grid.width * grid.height);
  for (let y = 0, i = 0; y < image.rows; y++) {
    const rowBase = (grid.rowOf[y] ?? 0) * grid.width;
    for (let x = 0; x < image.columns; x++, i++) {
      const v = ((((words[i] ?? 0) >> shift) & mask) ^ signBit) - signBit;
      histogram[v - lowest] = (histogram[v - lowest] ?? 0) + 1;
      const o = rowBase + (grid.columnOf[x] ?? 0);
      sums[o] = (sums[o] ?? 0) + v;
    }
  }
  return { sums, histogram, lowest };
}

/**
 * The stored values at the 1st and 99th percentiles, leaving out the padding value: CT scanners fill
 * the corners outside the round field of view with −2000 or so, which would otherwise stretch the
 * window over nothing. Falls back to the full range when the tails hold everything.
 */
function autoRange(acc: Accumulated, paddingValue: number | null): { low: number; high: number } | null {
  const { histogram, lowest } = acc;
  const skip = paddingValue === null ? -1 : paddingValue - lowest;
  let total = 0;
  let min = -1;
  let max = -1;
  for (let i = 0; i < histogram.length; i++) {
    const count = i === skip ? 0 : (histogram[i] ?? 0);
    if (count === 0) continue;
    total += count;
    if (min < 0) min = i;
    max = i;
  }
  if (total === 0) return null;
  const lowCount = total * AUTO_WINDOW_TAIL;
  const highCount = total * (1 - AUTO_WINDOW_TAIL);
  let low = min;
  let high = max;
  for (let i = min, seen = 0; i <= max; i++) {
    const before = seen;
    seen += i === skip ? 0 : (histogram[i] ?? 0);
    if (before <= lowCount && seen > lowCount) low = i;
    if (before < highCount && seen >= highCount) {
      high = i;
      break;
    }
  }
  if (low >= high) [low, high] = [min, max];
  return { low: low + lowest, high: high + lowest };
}

/** Display value 0–255 for a value in modality units: a linear ramp from `lower` to `upper`. */
interface Ramp {
  readonly lower: number;
  readonly upper: number;
  readonly sigmoid: { readonly center: number; readonly width: number } | null;
}

function autoRamp(image: ImageAttributes, acc: Accumulated): Ramp {
  const range = autoRange(acc, image.paddingValue);
  if (!range) return { lower: 0, upper: 0, sigmoid: null };
  const a = range.low * image.slope + image.intercept;
  const b = range.high * image.slope + image.intercept;
  return { lower: Math.min(a, b), upper: Math.max(a, b), sigmoid: null };
}

function fileRamp(window: NonNullable<ImageAttributes['window']>, voiFunction: VoiFunction): Ramp {
  const { center, width } = window;
  if (voiFunction === 'SIGMOID') return { lower: center, upper: center, sigmoid: window };
  // LINEAR is shifted by half a value and one narrower than LINEAR_EXACT (PS3.3 C.11.2.1.2.1).
  return voiFunction === 'LINEAR_EXACT'
    ? { lower: center - width / 2, upper: center + width / 2, sigmoid: null }
    : { lower: center - 0.5 - (width - 1) / 2, upper: center - 0.5 + (width - 1) / 2, sigmoid: null };
}

function applyRamp(acc: Accumulated, image: ImageAttributes, grid: BoxGrid, ramp: Ramp): Uint8Array {
  const { lower, upper, sigmoid } = ramp;
  const scale = upper > lower ? 255 / (upper - lower) : 0;
  const invert = image.photometric === 'MONOCHROME1';
  const out = new Uint8Array(acc.sums.length);
  for (let o = 0; o < out.length; o++) {
    const value = (acc.sums[o] ?? 0) * (grid.inverseArea[o] ?? 0) * image.slope + image.intercept;
    let display: number;
    if (sigmoid) display = 255 / (1 + Math.exp((-4 * (value - sigmoid.center)) / sigmoid.width));
    else if (value <= lower) display = 0;
    else if (value >= upper) display = 255;
    else display = (value - lower) * scale;
    const level = Math.round(display);
    out[o] = invert ? 255 - level : level;
  }
  return out;
}

const isFlat = (pixels: Uint8Array): boolean => pixels.every((value) => value === pixels[0]);

/**
 * The thumbnail of a MONOCHROME1/2 frame: one 8-bit grey value per grid pixel. The file's own
 * window is used when it has one, as a viewer would open the image — unless it turns the whole
 * thumbnail into one flat grey (a brain window on a slice of bone), which tells the coordinator
 * nothing: then the automatic window shows what is there.
 */
export function greyThumbnail(frame: GreyFrame, image: ImageAttributes, grid: BoxGrid): Uint8Array {
  const acc = accumulate(frame, image, grid);
  const auto = autoRamp(image, acc);
  if (!image.window) return applyRamp(acc, image, grid, auto);
  const out = applyRamp(acc, image, grid, fileRamp(image.window, image.voiFunction));
  return isFlat(out) && auto.upper > auto.lower ? applyRamp(acc, image, grid, auto) : out;
}
