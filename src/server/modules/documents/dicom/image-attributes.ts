import { tagOf, type DicomElement, type ParsedDicom } from './dicom-dataset.js';
import { asciiValue, integerStringValue, unsignedValue, type Elements } from './dicom-values.js';

/**
 * The Image Pixel module (PS3.3 C.7.6.3) and the presentation attributes a thumbnail needs (Modality
 * LUT C.11.1, VOI LUT C.11.2), read from an untrusted file and checked for consistency before any
 * pixel is touched: a wrong Rows or BitsAllocated would otherwise make us read past the pixel data.
 */

export type ThumbnailFailure =
  'no_pixel_data' | 'unsupported_transfer_syntax' | 'unsupported_photometric' | 'unreadable';

export type VoiFunction = 'LINEAR' | 'LINEAR_EXACT' | 'SIGMOID';

export interface ImageAttributes {
  readonly rows: number;
  readonly columns: number;
  readonly frames: number;
  readonly bitsAllocated: 8 | 16;
  readonly bitsStored: number;
  readonly highBit: number;
  readonly signed: boolean;
  readonly samplesPerPixel: 1 | 3;
  readonly photometric: string;
  /** Planar Configuration 1: all reds, then all greens, then all blues. */
  readonly planar: boolean;
  readonly slope: number;
  readonly intercept: number;
  /** The file's first VOI window, in rescaled (modality) units; null when it has none. */
  readonly window: { readonly center: number; readonly width: number } | null;
  readonly voiFunction: VoiFunction;
  /** Pixel Padding Value (stored units): the area outside the scanned field, kept out of auto windows. */
  readonly paddingValue: number | null;
}

export type AttributesOutcome =
  { ok: true; image: ImageAttributes; pixelData: DicomElement } | { ok: false; reason: ThumbnailFailure };

const T = {
  samplesPerPixel: tagOf(0x0028, 0x0002),
  photometric: tagOf(0x0028, 0x0004),
  planarConfiguration: tagOf(0x0028, 0x0006),
  numberOfFrames: tagOf(0x0028, 0x0008),
  rows: tagOf(0x0028, 0x0010),
  columns: tagOf(0x0028, 0x0011),
  bitsAllocated: tagOf(0x0028, 0x0100),
  bitsStored: tagOf(0x0028, 0x0101),
  highBit: tagOf(0x0028, 0x0102),
  pixelRepresentation: tagOf(0x0028, 0x0103),
  paddingValue: tagOf(0x0028, 0x0120),
  windowCenter: tagOf(0x0028, 0x1050),
  windowWidth: tagOf(0x0028, 0x1051),
  rescaleIntercept: tagOf(0x0028, 0x1052),
  rescaleSlope: tagOf(0x0028, 0x1053),
  voiFunction: tagOf(0x0028, 0x1056),
  frameVoiSequence: tagOf(0x0028, 0x9132),
  pixelValueTransformationSequence: tagOf(0x0028, 0x9145),
  sharedFunctionalGroups: tagOf(0x5200, 0x9229),
  perFrameFunctionalGroups: tagOf(0x5200, 0x9230),
  pixelData: tagOf(0x7fe0, 0x0010),
  floatPixelData: tagOf(0x7fe0, 0x0008),
  doubleFloatPixelData: tagOf(0x7fe0, 0x0009),
} as const;

/** DS: the first of the decimal strings, or null when absent or not a finite number. */
function decimalValue(elements: Elements, tag: number): number | null {
  const first = asciiValue(elements, tag)?.split('\\')[0]?.trim() ?? '';
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(first)) return null;
  const value = Number(first);
  return Number.isFinite(value) ? value : null;
}

/**
 * Enhanced multi-frame images (enhanced CT/MR) keep rescale and window in functional group
 * sequences instead of the top level: the shared group, else the first frame's group.
 */
function functionalGroupsOf(elements: Elements, sequenceTag: number): Elements[] {
  const found: Elements[] = [];
  for (const groupsTag of [T.sharedFunctionalGroups, T.perFrameFunctionalGroups]) {
    const nested = elements.get(groupsTag)?.items?.[0]?.elements.get(sequenceTag)?.items?.[0];
    if (nested) found.push(nested.elements);
  }
  return found;
}

function firstDecimal(sources: readonly Elements[], tag: number): number | null {
  for (const source of sources) {
    const value = decimalValue(source, tag);
    if (value !== null) return value;
  }
  return null;
}

function windowOf(sources: readonly Elements[]): Pick<ImageAttributes, 'window' | 'voiFunction'> {
  for (const source of sources) {
    const center = decimalValue(source, T.windowCenter);
    const width = decimalValue(source, T.windowWidth);
    if (center === null || width === null || width < 1) continue; // PS3.3 C.11.2.1.2: width ≥ 1
    const fn = asciiValue(source, T.voiFunction)?.toUpperCase();
    const voiFunction = fn === 'LINEAR_EXACT' || fn === 'SIGMOID' ? fn : 'LINEAR';
    return { window: { center, width }, voiFunction };
  }
  return { window: null, voiFunction: 'LINEAR' };
}

/** Reads and checks the attributes of an image; pixel data itself is not looked at here. */
export function imageAttributesOf(file: ParsedDicom): AttributesOutcome {
  const elements = file.dataset.elements;
  const us = (tag: number) => unsignedValue(elements, tag, file.littleEndian, 2);

  const pixelData = elements.get(T.pixelData);
  if (!pixelData) {
    // Float pixels (parametric maps) are images, but not ones we render.
    const float = elements.has(T.floatPixelData) || elements.has(T.doubleFloatPixelData);
    return { ok: false, reason: float ? 'unsupported_photometric' : 'no_pixel_data' };
  }

  const rows = us(T.rows);
  const columns = us(T.columns);
  const bitsAllocated = us(T.bitsAllocated);
  const bitsStored = us(T.bitsStored) ?? bitsAllocated;
  const highBit = us(T.highBit) ?? (bitsStored === null ? null : bitsStored - 1);
  if (!rows || !columns || !bitsAllocated || !bitsStored || highBit === null) {
    return { ok: false, reason: 'unreadable' };
  }
  if (bitsStored > bitsAllocated || highBit >= bitsAllocated || highBit + 1 < bitsStored) {
    return { ok: false, reason: 'unreadable' };
  }
  // 1-bit overlays-as-images and 32-bit integers: a pixel encoding we do not render.
  if (bitsAllocated !== 8 && bitsAllocated !== 16) return { ok: false, reason: 'unsupported_photometric' };

  const samplesPerPixel = us(T.samplesPerPixel) ?? 1;
  // Old ACR-NEMA style files may omit the photometric interpretation of a grey image.
  const photometric =
    asciiValue(elements, T.photometric)?.toUpperCase() ?? (samplesPerPixel === 1 ? 'MONOCHROME2' : '');
  const grey = /^(MONOCHROME[12]|PALETTE COLOR)$/.test(photometric);
  if (samplesPerPixel !== (grey ? 1 : 3)) {
    return {
      ok: false,
      reason: samplesPerPixel === 1 || samplesPerPixel === 3 ? 'unreadable' : 'unsupported_photometric',
    };
  }

  const frames = integerStringValue(elements, T.numberOfFrames) ?? 1;
  if (frames < 0) return { ok: false, reason: 'unreadable' };
  const rescale = [elements, ...functionalGroupsOf(elements, T.pixelValueTransformationSequence)];
  const voi = [elements, ...functionalGroupsOf(elements, T.frameVoiSequence)];
  const signed = us(T.pixelRepresentation) === 1;
  const padding = us(T.paddingValue);

  return {
    ok: true,
    pixelData,
    image: {
      rows,
      columns,
      frames: Math.max(frames, 1), // 0 is invalid; such a file still has its pixels for one frame
      bitsAllocated,
      bitsStored,
      highBit,
      signed,
      samplesPerPixel,
      photometric,
      planar: us(T.planarConfiguration) === 1,
      // A zero slope would flatten every image to one value: treat it as absent.
      slope: firstDecimal(rescale, T.rescaleSlope) || 1,
      intercept: firstDecimal(rescale, T.rescaleIntercept) ?? 0,
      ...windowOf(voi),
      // US or SS as the pixels are: the same two bytes, read with the pixels' sign.
      paddingValue: padding === null ? null : signed && padding >= 0x8000 ? padding - 0x10000 : padding,
    },
  };
}
