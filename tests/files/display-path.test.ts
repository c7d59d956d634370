import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { displayPath } from "../../scripts/files/display-path.ts";

describe("displayPath", () => {
  const root = join("/projet", "observatoire");

  test("names an absolute path from the root, with forward slashes", () => {
    expect(displayPath(root, join(root, "content", "visites", "figeac.md"))).toBe("content/visites/figeac.md");
  });

  test("reads a relative path from the root", () => {
    expect(displayPath(root, join("content", "medias", "oxalis.jpg"))).toBe("content/medias/oxalis.jpg");
  });
});
