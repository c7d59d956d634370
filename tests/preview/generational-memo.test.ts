import { describe, expect, it } from "vitest";
import { GenerationalMemo } from "../../scripts/preview/generational-memo.ts";

function countingMemo() {
  const computed: string[] = [];
  const memo = new GenerationalMemo((text: string) => {
    computed.push(text);
    return text.toUpperCase();
  });
  return { memo, computed };
}

describe("GenerationalMemo", () => {
  it("computes a text once while rebuilds keep asking for it", () => {
    const { memo, computed } = countingMemo();
    expect(memo.get("figeac")).toBe("FIGEAC");
    expect(memo.get("figeac")).toBe("FIGEAC");
    memo.nextGeneration();
    expect(memo.get("figeac")).toBe("FIGEAC");
    memo.nextGeneration();
    expect(memo.get("figeac")).toBe("FIGEAC");
    expect(computed).toEqual(["figeac"]);
  });

  it("forgets a text a whole rebuild did not ask for", () => {
    const { memo, computed } = countingMemo();
    memo.get("ancien texte");
    memo.nextGeneration();
    memo.get("nouveau texte");
    memo.nextGeneration();
    memo.get("ancien texte");
    expect(computed).toEqual(["ancien texte", "nouveau texte", "ancien texte"]);
  });
});
