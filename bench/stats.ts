export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Nearest-rank percentiles of a sample, in its unit, to a tenth. */
export function percentiles(sample: number[]): Percentiles {
  const sorted = [...sample].sort((a, b) => a - b);
  const at = (p: number) =>
    round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN);
  return { p50: at(50), p95: at(95), p99: at(99) };
}

export const median = (sample: number[]) => percentiles(sample).p50;
