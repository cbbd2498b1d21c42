import { describe, expect, it } from 'vitest';
import { emptyMeter, sample, secondsLeft, shownSpeed, SMOOTHING_MS, type SpeedMeter } from './progress.js';

const MB = 1024 ** 2;

function feed(samples: [bytes: number, at: number][], start: SpeedMeter = emptyMeter): SpeedMeter {
  return samples.reduce((meter, [bytes, at]) => sample(meter, bytes, at), start);
}

describe('sample', () => {
  it('takes the first sample as a baseline only', () => {
    const meter = sample(emptyMeter, 500 * MB, 1_000);
    expect(meter).toEqual({ bytes: 500 * MB, at: 1_000, startedAt: 1_000, bytesPerSecond: null });
  });

  it('does not count bytes already on the server as speed when a resumed upload starts', () => {
    const meter = feed([
      [0, 0],
      [700 * MB, 1_000],
    ]);
    // The second sample is the first with a rate; the resumed offset arrived as the baseline above.
    expect(shownSpeed(feed([[700 * MB, 0]]))).toBeNull();
    expect(meter.bytesPerSecond).toBe(700 * MB);
  });

  it('measures the first rate exactly', () => {
    const meter = feed([
      [0, 0],
      [2 * MB, 1_000],
    ]);
    expect(meter.bytesPerSecond).toBe(2 * MB);
  });

  it('ignores samples closer than half a second', () => {
    const first = feed([
      [0, 0],
      [MB, 1_000],
    ]);
    expect(sample(first, 50 * MB, 1_100)).toBe(first);
  });

  it('smooths a burst: one fast second moves the speed only part of the way', () => {
    const steady = feed([
      [0, 0],
      [MB, 1_000],
      [2 * MB, 2_000],
    ]);
    const burst = sample(steady, 12 * MB, 3_000);
    const weight = 1 - Math.exp(-1_000 / SMOOTHING_MS);
    expect(burst.bytesPerSecond).toBeCloseTo(MB + weight * (10 * MB - MB), 0);
    expect(burst.bytesPerSecond ?? 0).toBeLessThan(3 * MB);
  });

  it('follows a lasting change of pace', () => {
    let meter = feed([
      [0, 0],
      [MB, 1_000],
    ]);
    for (let second = 2; second <= 30; second += 1)
      meter = sample(meter, MB + (second - 1) * 4 * MB, second * 1000);
    expect(meter.bytesPerSecond ?? 0).toBeGreaterThan(3.9 * MB);
  });

  it('decays towards zero while stalled (same count, time passing)', () => {
    let meter = feed([
      [0, 0],
      [4 * MB, 1_000],
    ]);
    for (let second = 2; second <= 20; second += 1) meter = sample(meter, 4 * MB, second * 1000);
    expect(meter.bytesPerSecond ?? 1).toBeLessThan(0.1 * MB);
  });

  it('takes a rewound count (a retry restarting a chunk) as a new baseline, never a negative speed', () => {
    const before = feed([
      [0, 0],
      [10 * MB, 1_000],
    ]);
    const rewound = sample(before, 8 * MB, 1_600);
    expect(rewound.bytes).toBe(8 * MB);
    expect(rewound.bytesPerSecond).toBe(before.bytesPerSecond);
    const after = sample(rewound, 9 * MB, 2_600);
    expect(after.bytesPerSecond ?? -1).toBeGreaterThan(0);
  });
});

describe('secondsLeft', () => {
  const meter = feed([
    [0, 0],
    [2 * MB, 1_000],
    [4 * MB, 2_000],
    [6 * MB, 3_000],
  ]);

  it('divides what is left by the smoothed speed', () => {
    expect(secondsLeft(meter, 20 * MB, 3_000)).toBeCloseTo(10, 5);
  });

  it('is unknown in the first seconds, while the connection is being set up', () => {
    expect(secondsLeft(meter, 20 * MB, 2_999)).toBeNull();
  });

  it('is unknown before any rate and when stalled', () => {
    expect(secondsLeft(emptyMeter, MB, 10_000)).toBeNull();
    const stalled = { ...meter, bytesPerSecond: 0 };
    expect(secondsLeft(stalled, MB, 10_000)).toBeNull();
  });

  it('is zero when nothing is left', () => {
    expect(secondsLeft(emptyMeter, 0, 0)).toBe(0);
  });
});
