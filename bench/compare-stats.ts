/**
 * The statistics of `pnpm bench compare` (bench/compare.ts), pure: per widget, the ratio of the
 * medians (current over base), its 95% confidence interval by a bootstrap over rounds (a round's
 * base and current loads resampled together, with replacement, from a seeded generator so the
 * same figures give the same interval), and a verdict against a margin of 5%.
 * @module
 */
import { median } from './lib';

/** A ratio above this (5% slower) counts as worse. */
export const MARGIN = 1.05;
/** Bootstrap resamples of the rounds. */
export const RESAMPLES = 2000;
/** The generator's seed: the same figures always give the same interval. */
export const SEED = 0x5eed_2026;

export type Verdict = 'no worse' | 'worse' | 'inconclusive';

export interface Comparison {
  baseMedian: number;
  currentMedian: number;
  /** median(current) / median(base). */
  ratio: number;
  /** The 95% bootstrap interval of the ratio. */
  lower: number;
  upper: number;
  verdict: Verdict;
}

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * "no worse" when the whole interval is at or below {@link MARGIN}, "worse" when the whole of it
 * is above, else "inconclusive" (the runs cannot tell).
 */
export function verdict(lower: number, upper: number, margin = MARGIN): Verdict {
  if (upper <= margin) return 'no worse';
  if (lower > margin) return 'worse';
  return 'inconclusive';
}

/**
 * The 95% percentile interval of median(current) / median(base), resampling rounds: round `i` is
 * the pair `(base[i], current[i])`, measured side by side, so a slow moment of the machine
 * weighs on both.
 */
export function bootstrapRatio(
  base: readonly number[],
  current: readonly number[],
  { resamples = RESAMPLES, seed = SEED }: { resamples?: number; seed?: number } = {},
): { lower: number; upper: number } {
  if (base.length !== current.length || base.length === 0)
    throw new Error(`bootstrap needs paired rounds (base ${base.length}, current ${current.length})`);
  const random = seeded(seed);
  const n = base.length;
  const ratios: number[] = [];
  const b = new Array<number>(n);
  const c = new Array<number>(n);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const pick = Math.floor(random() * n);
      b[i] = base[pick]!;
      c[i] = current[pick]!;
    }
    ratios.push(median(c) / median(b));
  }
  ratios.sort((x, y) => x - y);
  return {
    lower: ratios[Math.floor(0.025 * resamples)]!,
    upper: ratios[Math.ceil(0.975 * resamples) - 1]!,
  };
}

/** One widget's comparison: medians, ratio, its interval and the verdict. */
export function compare(
  base: readonly number[],
  current: readonly number[],
  options?: { resamples?: number; seed?: number },
): Comparison {
  const baseMedian = median(base);
  const currentMedian = median(current);
  const { lower, upper } = bootstrapRatio(base, current, options);
  return {
    baseMedian,
    currentMedian,
    ratio: currentMedian / baseMedian,
    lower,
    upper,
    verdict: verdict(lower, upper),
  };
}
