import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { RUNNING_COMPILED, dataModuleUrl } from "../../scripts/compile/compiled-tree.ts";

describe("dataModuleUrl", () => {
  it("loads a data file itself when the sources run, as the tests do", () => {
    expect(RUNNING_COMPILED).toBe(false);
    expect(dataModuleUrl("data/publication.ts", "/projet")).toBe(pathToFileURL(join("/projet", "data", "publication.ts")).href);
  });
});
