/**
 * A small seeded pseudo-random generator (mulberry32) for the synthetic corpus:
 * the same seed always gives the same sequence, on every machine and Node version.
 * Nothing here reads the clock or `Math.random`.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One item, favouring the start of the list (a few items come up often, most rarely). */
  pickSkewed<T>(items: readonly T[], skew?: number): T;
  /** `count` distinct items (fewer when the list is shorter), in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A copy of the list in random order. */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent generator derived from this one and a label, so that streams do not interfere. */
  fork(label: string): Random;
}

/** Turns any string into a 32-bit seed (FNV-1a). */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast, and good enough for test data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const random: Random = {
    next,
    int(min, max) {
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
        throw new RangeError(`Intervalle invalide : ${min}…${max}`);
      }
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(probability) {
      return next() < probability;
    },
    pick(items) {
      if (items.length === 0) throw new RangeError("Impossible de choisir dans une liste vide.");
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    pickSkewed(items, skew = 2) {
      if (items.length === 0) throw new RangeError("Impossible de choisir dans une liste vide.");
      return items[Math.floor(next() ** skew * items.length)] as (typeof items)[number];
    },
    sample(items, count) {
      const copy = [...items];
      const wanted = Math.min(Math.max(0, count), copy.length);
      // Partial Fisher–Yates: only the first `wanted` places are drawn.
      for (let index = 0; index < wanted; index += 1) {
        const other = index + Math.floor(next() * (copy.length - index));
        const swap = copy[index] as (typeof copy)[number];
        copy[index] = copy[other] as (typeof copy)[number];
        copy[other] = swap;
      }
      return copy.slice(0, wanted);
    },
    shuffle(items) {
      return random.sample(items, items.length);
    },
    fork(label) {
      return createRandom((hashSeed(label) ^ Math.floor(next() * 4294967296)) >>> 0);
    },
  };
  return random;
}
