import { describe, expect, it } from "vitest";
import { settleBoth } from "../../scripts/publish/settle-both.ts";

const later = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe("settleBoth", () => {
  it("gives both results, in order", async () => {
    await expect(settleBoth(later(5, "pages"), Promise.resolve(3))).resolves.toEqual(["pages", 3]);
  });

  it("fails with the first step's error only once the second has ended", async () => {
    let secondEnded = false;
    const second = later(20, "index").then((value) => {
      secondEnded = true;
      return value;
    });
    await expect(settleBoth(Promise.reject(new Error("rendu impossible")), second)).rejects.toThrow("rendu impossible");
    expect(secondEnded).toBe(true);
  });

  it("reports the first step's error when both fail, and the second's when only it fails", async () => {
    await expect(settleBoth(Promise.reject(new Error("premier")), Promise.reject(new Error("second")))).rejects.toThrow("premier");
    await expect(settleBoth(Promise.resolve(1), Promise.reject(new Error("second")))).rejects.toThrow("second");
  });
});
