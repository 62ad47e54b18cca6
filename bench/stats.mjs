// Small statistics for the report: quantiles, medians, paired ratios and bootstrap confidence intervals.

/** The q-quantile (0..1) of numbers, linear between order statistics; NaN when there are none. */
export function quantile(values, q) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const at = (xs.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return xs[lo] + (xs[hi] - xs[lo]) * (at - lo);
}

export const median = (values) => quantile(values, 0.5);

/** A deterministic generator (mulberry32), so a report can be recomputed identically. */
function random(seed) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), t | 1);
    r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** Percentile bootstrap 95% CI of the median. */
export function bootstrapMedianCI(values, { resamples = 2000, seed = 42 } = {}) {
  const xs = values.filter((v) => Number.isFinite(v));
  if (xs.length === 0) return [NaN, NaN];
  if (xs.length === 1) return [xs[0], xs[0]];
  const next = random(seed);
  const medians = new Array(resamples);
  const sample = new Array(xs.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < xs.length; i++) sample[i] = xs[Math.floor(next() * xs.length)];
    medians[r] = median(sample);
  }
  return [quantile(medians, 0.025), quantile(medians, 0.975)];
}

/** One frame at 60 Hz: the floor of rAF-quantized denominators. */
export const frameMs = 1000 / 60;

/**
 * Per-pair ratios a / max(b, floor) for samples paired by key (same round, same cell), with their
 * median and bootstrap CI.
 */
export function pairedRatio(pairs, { floor = 0 } = {}) {
  const ratios = pairs
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b))
    .map(([a, b]) => a / Math.max(b, floor))
    .filter((r) => Number.isFinite(r));
  return { n: ratios.length, median: median(ratios), ci: bootstrapMedianCI(ratios) };
}
