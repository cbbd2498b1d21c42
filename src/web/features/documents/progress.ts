/**
 * Speed and time left from progress samples. Browsers report upload progress in bursts (a chunk's bytes
 * leave the socket buffer unevenly, a retry rewinds to the server's offset), so the raw rate jumps; an
 * exponentially smoothed rate over a few seconds gives a speed and a "time left" a person can trust.
 */

export type SpeedMeter = {
  /** The bytes counted at the last sample that moved the rate. */
  readonly bytes: number;
  /** When that sample was taken (ms); null before the first sample. */
  readonly at: number | null;
  /** The first sample's time: the estimate is not shown until it has settled. */
  readonly startedAt: number | null;
  /** Smoothed bytes per second; null until two samples far enough apart. */
  readonly bytesPerSecond: number | null;
};

/** How quickly old samples fade: after 5 s a change of pace is about two-thirds reflected. */
export const SMOOTHING_MS = 5_000;
/** Samples closer than this wait for the next one: the rate of a 10 ms gap is noise. */
export const MIN_SAMPLE_GAP_MS = 500;
/** A time left is shown only after this long: the first seconds include connection set-up. */
export const SETTLE_MS = 3_000;

export const emptyMeter: SpeedMeter = { bytes: 0, at: null, startedAt: null, bytesPerSecond: null };

/**
 * The meter after seeing `bytes` done at `at`. The first sample is only a baseline, so bytes already on
 * the server when a resumed upload starts never count as speed; a count that goes back (a retry
 * restarting a chunk) becomes the new baseline without a negative rate.
 */
export function sample(meter: SpeedMeter, bytes: number, at: number): SpeedMeter {
  if (meter.at === null) return { bytes, at, startedAt: at, bytesPerSecond: null };
  if (bytes < meter.bytes) return { ...meter, bytes, at };
  const gap = at - meter.at;
  if (gap < MIN_SAMPLE_GAP_MS) return meter;
  const instant = ((bytes - meter.bytes) * 1000) / gap;
  const weight = 1 - Math.exp(-gap / SMOOTHING_MS);
  const bytesPerSecond =
    meter.bytesPerSecond === null
      ? instant
      : meter.bytesPerSecond + weight * (instant - meter.bytesPerSecond);
  return { bytes, at, startedAt: meter.startedAt, bytesPerSecond };
}

/**
 * Seconds left for `remaining` bytes at the smoothed speed; null while unknown (not settled, stalled, or
 * nothing measured yet) so the screen says "calculating" rather than a wild number.
 */
export function secondsLeft(meter: SpeedMeter, remaining: number, now: number): number | null {
  if (remaining <= 0) return 0;
  if (meter.startedAt === null || meter.bytesPerSecond === null) return null;
  if (now - meter.startedAt < SETTLE_MS) return null;
  if (meter.bytesPerSecond < 1) return null;
  return remaining / meter.bytesPerSecond;
}

/** Bytes per second worth showing, or null while nothing is known yet. */
export function shownSpeed(meter: SpeedMeter): number | null {
  return meter.bytesPerSecond === null ? null : Math.max(0, meter.bytesPerSecond);
}
