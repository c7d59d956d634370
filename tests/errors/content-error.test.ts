import { describe, expect, it } from "vitest";
import { contentError, formatError, sortErrors } from "../../scripts/errors/content-error.ts";

describe("contentError and formatError", () => {
  it("builds the French message from the catalogue and prints it where an editor can jump to", () => {
    const error = contentError("content/visites/figeac-2018.md", { line: 2, column: 1 }, "missingField", { field: "date" });
    expect(error).toMatchObject({ file: "content/visites/figeac-2018.md", line: 2, column: 1, key: "missingField" });
    expect(formatError(error).replace(/\u00a0/g, "⍽")).toBe("content/visites/figeac-2018.md:2:1  champ «⍽date⍽» obligatoire manquant.");
  });

  it("makes an escape sequence in a file name visible instead of printing it raw", () => {
    const error = contentError("content/visites/\u001b[31m.md", { line: 1, column: 1 }, "missingField", { field: "date" });
    expect(formatError(error)).not.toContain("\u001b");
    expect(formatError(error)).toContain("U+001B");
  });
});

describe("sortErrors", () => {
  it("orders errors by file, then line, then column", () => {
    const at = (file: string, line: number, column: number) => contentError(file, { line, column }, "missingField", { field: "x" });
    const sorted = sortErrors([at("b.md", 1, 1), at("a.md", 3, 1), at("a.md", 1, 9), at("a.md", 1, 2)]);
    expect(sorted.map((error) => `${error.file}:${error.line}:${error.column}`)).toEqual(["a.md:1:2", "a.md:1:9", "a.md:3:1", "b.md:1:1"]);
  });
});
