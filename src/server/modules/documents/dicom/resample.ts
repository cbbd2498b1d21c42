/**
 * Box-filter downsampling: every source pixel is added to the one thumbnail pixel its position falls
 * in, and each thumbnail pixel is the mean of its box. Unlike picking every n-th pixel this keeps
 * thin structures (vessels, fracture lines) visible and does not alias noise into patterns, and it
 * costs one pass over the source with no per-pixel allocation.
 */

export interface BoxGrid {
  readonly width: number;
  readonly height: number;
  /** Thumbnail column of each source column, and thumbnail row of each source row. */
  readonly columnOf: Uint32Array;
  readonly rowOf: Uint32Array;
  /** 1 / (source pixels in the box) for each thumbnail pixel. */
  readonly inverseArea: Float64Array;
}

export const DEFAULT_MAX_EDGE = 192;

/**
 * The thumbnail size: the image scaled down to fit `maxEdge` with its aspect ratio, never scaled up
 * (a 64×64 MR stays 64×64; the browser can enlarge it without inventing detail).
 */
export function thumbnailSize(
  columns: number,
  rows: number,
  maxEdge: number,
): { width: number; height: number } {
  const edge = Number.isFinite(maxEdge) && maxEdge >= 1 ? Math.floor(maxEdge) : DEFAULT_MAX_EDGE;
  const scale = Math.min(1, edge / Math.max(columns, rows));
  return {
    width: Math.min(edge, Math.max(1, Math.round(columns * scale))),
    height: Math.min(edge, Math.max(1, Math.round(rows * scale))),
  };
}

function binsOf(source: number, target: number): { binOf: Uint32Array; counts: Uint32Array } {
  const binOf = new Uint32Array(source);
  const counts = new Uint32Array(target);
  for (let i = 0; i < source; i++) {
    const bin = Math.floor((i * target) / source);
    binOf[i] = bin;
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return { binOf, counts };
}

/** The grid for a `columns`×`rows` source and a `width`×`height` thumbnail (width ≤ columns). */
export function boxGrid(columns: number, rows: number, width: number, height: number): BoxGrid {
  const horizontal = binsOf(columns, width);
  const vertical = binsOf(rows, height);
  const inverseArea = new Float64Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      inverseArea[y * width + x] = 1 / ((vertical.counts[y] ?? 1) * (horizontal.counts[x] ?? 1));
    }
  }
  return { width, height, columnOf: horizontal.binOf, rowOf: vertical.binOf, inverseArea };
}

/** Interleaved RGB at source size to interleaved RGB at the grid's size. */
export function downsampleRgb(rgb: Uint8Array, columns: number, rows: number, grid: BoxGrid): Uint8Array {
  const sums = new Uint32Array(grid.width * grid.height * 3);
  for (let y = 0, i = 0; y < rows; y++) {
    const rowBase = (grid.rowOf[y] ?? 0) * grid.width;
    for (let x = 0; x < columns; x++, i += 3) {
      const o = (rowBase + (grid.columnOf[x] ?? 0)) * 3;
      sums[o] = (sums[o] ?? 0) + (rgb[i] ?? 0);
      sums[o + 1] = (sums[o + 1] ?? 0) + (rgb[i + 1] ?? 0);
      sums[o + 2] = (sums[o + 2] ?? 0) + (rgb[i + 2] ?? 0);
    }
  }
  const out = new Uint8Array(sums.length);
  for (let o = 0; o < sums.length; o++) {
    out[o] = Math.round((sums[o] ?? 0) * (grid.inverseArea[Math.floor(o / 3)] ?? 0));
  }
  return out;
}
