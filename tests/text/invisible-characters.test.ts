/**
 * The table of unwelcome characters, checked over all of Unicode: what is refused in a name is
 * exactly what is named as a control, noncharacter, bidirectional or invisible character, and
 * every such character is printed as a visible `<U+XXXX>` in messages.
 */
import { describe, expect, it } from "vitest";
import { messages } from "../../scripts/errors/catalogue.ts";
import { findInvisibleCharacters, invisibleKind, visibleText } from "../../scripts/text/invisible-characters.ts";

const EVERY_CODE_POINT = { length: 0x110000 };

describe("unwelcome characters", () => {
  it("are found wherever they are, over all of Unicode, and only they", () => {
    const missed: string[] = [];
    const wrong: string[] = [];
    Array.from(EVERY_CODE_POINT, (_, codePoint) => {
      const found = findInvisibleCharacters(`Eu${String.fromCodePoint(codePoint)}sko`, "identifier");
      const expected = invisibleKind(codePoint) !== undefined;
      if (expected && found.length !== 1) missed.push(codePoint.toString(16));
      if (!expected && found.length !== 0) wrong.push(codePoint.toString(16));
    });
    expect(missed).toEqual([]);
    expect(wrong).toEqual([]);
    // The classes the contract names, at their edges.
    for (const codePoint of [0x00, 0x1f, 0x7f, 0x80, 0x9f, 0xfdd0, 0xfdef, 0xfffe, 0xffff, 0x10fffe, 0x10ffff, 0x202a, 0x202e, 0x2066, 0x2069, 0x200b, 0x200d, 0x2060, 0xfeff, 0x061c]) {
      expect(invisibleKind(codePoint), codePoint.toString(16)).toBeDefined();
    }
    for (const codePoint of [0x20, 0x7e, 0xa0, 0xe9, 0x202f, 0x2019, 0xfdcf, 0xfdf0, 0xfffd, 0x1f33e, 0xfe0f]) {
      expect(invisibleKind(codePoint), codePoint.toString(16)).toBeUndefined();
    }
  });

  it("are printed as visible escapes in messages, and nothing else is touched", () => {
    expect(visibleText("Eusko\u001b[2K\u009b2K\u202eok\u200d\n")).toBe("Eusko<U+001B>[2K<U+009B>2K<U+202E>ok<U+200D><U+000A>");
    expect(visibleText("« Cœur » l’ESS\u00a0: 2,4\u202f%")).toBe("« Cœur » l’ESS\u00a0: 2,4\u202f%");
    expect(messages.unknownTheme({ value: "\u001b]0;titre\u0007emploi" })).not.toMatch(/[\u0000-\u001f]/);
    expect(messages.unknownTheme({ value: "\u001b]0;titre\u0007emploi" })).toContain("<U+001B>]0;titre<U+0007>emploi");
  });
});
