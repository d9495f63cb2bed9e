import { describe, expect, it } from 'vitest';
import { bootstrapRatio, compare, seeded, verdict } from './compare-stats';

/** A noisy series around `level` ms, the same noise for the same seed. */
function series(level: number, n: number, seed: number): number[] {
  const random = seeded(seed);
  return Array.from({ length: n }, () => level * (0.85 + 0.3 * random()));
}

describe('verdict', () => {
  it('is "no worse" when the whole interval is at or below 1.05', () => {
    expect(verdict(0.9, 1.05)).toBe('no worse');
    expect(verdict(0.8, 0.95)).toBe('no worse');
  });
  it('is "worse" when the whole interval is above 1.05', () => {
    expect(verdict(1.06, 1.3)).toBe('worse');
  });
  it('is "inconclusive" when the interval straddles 1.05', () => {
    expect(verdict(0.98, 1.1)).toBe('inconclusive');
    expect(verdict(1.05, 1.2)).toBe('inconclusive');
  });
});

describe('compare', () => {
  it('gives known medians and ratio for known inputs', () => {
    const r = compare([100, 110, 120], [150, 165, 180]);
    expect(r.baseMedian).toBe(110);
    expect(r.currentMedian).toBe(165);
    expect(r.ratio).toBeCloseTo(1.5, 10);
    // Every round's current load is 1.5× its base load: every resample's ratio lies in
    // [150/120, 180/100], and the verdict is worse.
    expect(r.lower).toBeGreaterThanOrEqual(150 / 120);
    expect(r.upper).toBeLessThanOrEqual(180 / 100);
    expect(r.verdict).toBe('worse');
  });

  it('judges identical series no worse', () => {
    const base = series(300, 15, 1);
    const r = compare(base, [...base]);
    expect(r.ratio).toBe(1);
    expect(r.lower).toBe(1);
    expect(r.upper).toBe(1);
    expect(r.verdict).toBe('no worse');
  });

  it('judges a clearly worse series worse', () => {
    const base = series(300, 15, 2);
    const current = series(400, 15, 3);
    const r = compare(base, current);
    expect(r.ratio).toBeGreaterThan(1.2);
    expect(r.lower).toBeGreaterThan(1.05);
    expect(r.verdict).toBe('worse');
  });

  it('judges a clearly faster series no worse', () => {
    const r = compare(series(400, 15, 4), series(300, 15, 5));
    expect(r.upper).toBeLessThan(1);
    expect(r.verdict).toBe('no worse');
  });

  it('calls two noisy series a few percent apart inconclusive', () => {
    const r = compare(series(300, 5, 6), series(315, 5, 7));
    expect(r.lower).toBeLessThanOrEqual(1.05);
    expect(r.upper).toBeGreaterThan(1.05);
    expect(r.verdict).toBe('inconclusive');
  });

  it('refuses unpaired rounds', () => {
    expect(() => compare([1, 2], [1])).toThrow(/paired/);
  });
});

describe('the seeded bootstrap', () => {
  it('gives the same interval for the same figures and seed', () => {
    const base = series(300, 15, 8);
    const current = series(310, 15, 9);
    expect(bootstrapRatio(base, current)).toEqual(bootstrapRatio(base, current));
    expect(bootstrapRatio(base, current, { seed: 42 })).toEqual(bootstrapRatio(base, current, { seed: 42 }));
  });
  it('gives another interval for another seed', () => {
    const base = series(300, 15, 8);
    const current = series(310, 15, 9);
    expect(bootstrapRatio(base, current, { seed: 1 })).not.toEqual(
      bootstrapRatio(base, current, { seed: 2 }),
    );
  });
  it('keeps the generator in [0, 1)', () => {
    const random = seeded(7);
    const xs = Array.from({ length: 10_000 }, random);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
