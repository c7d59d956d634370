import { describe, expect, it } from "vitest";
import { isLeftover, vanished } from "../../scripts/files/leftover-files.ts";

describe("isLeftover", () => {
  it("recognises what editors and systems leave beside a file", () => {
    for (const name of [".DS_Store", ".eusko.md.swp", "eusko.md~", "#eusko.md#"]) expect(isLeftover(name), name).toBe(true);
  });

  it("keeps contributors' files, a lone « # » and a name merely starting with it", () => {
    for (const name of ["eusko.md", "#", "#eusko.md", "carte-figeac.png"]) expect(isLeftover(name), name).toBe(false);
  });
});

describe("vanished", () => {
  it("tells a file deleted meanwhile from any other failure", () => {
    expect(vanished(Object.assign(new Error("gone"), { code: "ENOENT" }))).toBe(true);
    expect(vanished(Object.assign(new Error("denied"), { code: "EACCES" }))).toBe(false);
    expect(vanished("ENOENT")).toBe(false);
  });
});
