import { type RandomGenerator, xoroshiro128plus } from 'pure-rand';

/**
 * The simulator's only source of randomness: one xoroshiro128+ generator (pure-rand)
 * seeded with the run's seed. Each agent draws from its own *stream*, a copy of that
 * generator jumped 2^64 steps further along the same sequence per stream index, so the
 * streams never overlap. Separate streams keep random numbers "common" across runs with
 * different parameters (an extra item drawn by the arrivals agent does not shift the
 * leader's answers), which makes calibration and paired comparisons far less noisy.
 */
export const STREAMS = ['arrivals', 'routing', 'votes', 'meetings', 'channels', 'deputy', 'leader'] as const;
export type StreamName = (typeof STREAMS)[number];

export class Rng {
  constructor(private readonly g: RandomGenerator) {}

  /** Uniform on [0, 1) with 53 random bits, from two 32-bit outputs (in place: no allocation). */
  uniform(): number {
    const a = this.g.unsafeNext() >>> 5;
    const b = this.g.unsafeNext() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
  /** Always consumes one draw, even for p = 0 or 1, so streams stay aligned across parameter values. */
  bernoulli(p: number): boolean {
    return this.uniform() < p;
  }
  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.uniform());
  }
  /** Standard normal by Box–Muller (two uniforms per draw: no hidden cached state). */
  normal(): number {
    const u = 1 - this.uniform();
    const v = this.uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
  /** Log-normal with the given median and log-scale sigma. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
  /** Poisson by Knuth's product method, in chunks of mean ≤ 20 so exp(-λ) never underflows. */
  poisson(lambda: number): number {
    let total = 0;
    let rest = lambda;
    while (rest > 0) {
      const l = Math.min(rest, 20);
      rest -= l;
      const limit = Math.exp(-l);
      let k = 0;
      let p = this.uniform();
      while (p > limit) {
        k++;
        p *= this.uniform();
      }
      total += k;
    }
    return total;
  }
  /** Beta(1, b) by inversion: mean 1 / (1 + b), skewed towards 0 for b > 1. */
  beta1(b: number): number {
    return 1 - (1 - this.uniform()) ** (1 / b);
  }
  /** Index drawn with probability proportional to its weight. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((s, w) => s + w, 0);
    let u = this.uniform() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i]!;
      if (u < 0) return i;
    }
    return weights.length - 1;
  }
}

/** One generator per seed, split into non-overlapping jump-separated streams. */
export const streamsFor = (seed: number): Record<StreamName, Rng> => {
  const root = seeded(seed);
  const out = {} as Record<StreamName, Rng>;
  for (const name of STREAMS) {
    const g = root.clone();
    root.unsafeJump!();
    out[name] = new Rng(g);
  }
  return out;
};

/** A single stream, for statistics (bootstrap resampling) outside a simulation. */
export const rngFor = (seed: number): Rng => new Rng(seeded(seed));

/**
 * xoroshiro128+ seeded with a small integer starts from a nearly-zero state, and its
 * first outputs are poor; the seed is therefore mixed (murmur3's finaliser) and the
 * first 32 outputs are discarded.
 */
const seeded = (seed: number): RandomGenerator => {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  const g = xoroshiro128plus(h | 0);
  for (let i = 0; i < 32; i++) g.unsafeNext();
  return g;
};
