import { describe, expect, it } from "vitest";
import { createRandom, hashSeed } from "../../../../tools/bench/corpus/random.ts";

const draws = (seed: number) => {
  const random = createRandom(seed);
  return Array.from({ length: 20 }, () => random.int(1, 6));
};

describe("createRandom", () => {
  it("draws the same numbers from the same seed, and others from another", () => {
    expect(draws(1)).toEqual(draws(1));
    expect(draws(1)).not.toEqual(draws(2));
  });

  it("stays within its bounds", () => {
    const random = createRandom(7);
    for (let index = 0; index < 1000; index += 1) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
      expect([3, 4, 5]).toContain(random.int(3, 5));
    }
  });

  it("samples distinct items and shuffles without losing any", () => {
    const random = createRandom(3);
    const items = ["a", "b", "c", "d", "e"];
    const sample = random.sample(items, 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample(items, 10)).toHaveLength(5);
    expect(random.shuffle(items).sort()).toEqual(items);
  });

  it("forks streams apart: drawing from a fork leaves its parent's draws as they were", () => {
    const first = createRandom(5);
    const second = createRandom(5);
    const busy = first.fork("texte");
    second.fork("texte");
    for (let index = 0; index < 100; index += 1) busy.next();
    expect([first.next(), first.next()]).toEqual([second.next(), second.next()]);
    // Another label starts another stream.
    expect(createRandom(5).fork("images").next()).not.toBe(createRandom(5).fork("texte").next());
  });
});

describe("hashSeed", () => {
  it("turns a text into a stable 32-bit seed", () => {
    expect(hashSeed("figeac")).toBe(hashSeed("figeac"));
    expect(hashSeed("figeac")).not.toBe(hashSeed("cahors"));
    expect(Number.isInteger(hashSeed("x")) && hashSeed("x") >= 0 && hashSeed("x") < 2 ** 32).toBe(true);
  });
});
