import { describe, expect, it } from "vitest";
import type { SourceFile, ValidFile } from "../../scripts/model/content-files.ts";
import { TextMemo } from "../../scripts/preview/text-memo.ts";
import { renderBody, typesetText } from "../../scripts/render/contributor-text.ts";

// What is remembered, and for how long, is generational-memo.ts's rule (tests/preview/generational-memo.test.ts).

const file = (body: string) => ({ body }) as unknown as ValidFile & SourceFile;

describe("TextMemo", () => {
  it("renders bodies and short texts as the build does", () => {
    const rendering = new TextMemo().rendering();
    const body = "Un **atelier** : « réparer » ensemble.";
    expect(rendering.body(file(body))).toEqual(renderBody(body));
    expect(rendering.text("Le tiers-lieu : ouvert ?")).toEqual(typesetText("Le tiers-lieu : ouvert ?"));
  });
});
