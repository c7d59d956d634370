import { describe, expect, it } from "vitest";
import { htmlTags } from "../../scripts/pipeline/html-tags.ts";

const tags = (text: string) => [...htmlTags(text)];

describe("htmlTags", () => {
  it("finds opening and closing tags, named in lower case, with the line of their `<`", () => {
    expect(tags("Texte <EM>mis</em>\nen <a href='x'>avant</a>")).toEqual([
      { name: "em", closing: false, line: 0 },
      { name: "em", closing: true, line: 0 },
      { name: "a", closing: false, line: 1 },
      { name: "a", closing: true, line: 1 },
    ]);
  });

  it("reads past a `>` inside a quoted attribute and a tag spread over lines", () => {
    expect(tags('<span title="a > b"\n  class=x>\n</span>')).toEqual([
      { name: "span", closing: false, line: 0 },
      { name: "span", closing: true, line: 2 },
    ]);
  });

  it("skips comments, declarations and a lone `<`, and stops at an unfinished tag", () => {
    expect(tags("<!-- <b> -->\n<!DOCTYPE html>\n3 < 4\n<i>")).toEqual([{ name: "i", closing: false, line: 3 }]);
    expect(tags('<b title="jamais fermé>')).toEqual([]);
    expect(tags("<!-- jamais fermé <b>")).toEqual([]);
  });
});
