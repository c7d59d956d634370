import { describe, expect, it } from "vitest";
import { editUrl } from "../../../scripts/eleventy/filters/edit-url.ts";

describe("editUrl", () => {
  const site = { repository: "https://github.com/exemple/observatoire/", branch: "main" };

  it("links a page to the edit form of its file on the forge", () => {
    expect(editUrl("content/dynamiques/eusko.md", site)).toBe("https://github.com/exemple/observatoire/edit/main/content/dynamiques/eusko.md");
  });

  it("links a page made by the build (an automatic dossier) to the territories' folder", () => {
    expect(editUrl(undefined, site)).toBe("https://github.com/exemple/observatoire/tree/main/content/territoires");
  });
});
