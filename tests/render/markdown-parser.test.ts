import { describe, expect, it } from "vitest";
import { markdownParser } from "../../scripts/render/markdown-parser.ts";

describe("markdownParser", () => {
  it("keeps links to web pages, mail addresses, anchors and relative pages", () => {
    for (const url of ["https://www.exemple.fr", "http://exemple.fr", "mailto:contact@exemple.fr", "#suite", "/territoires/figeac/", "./voisin", "page"]) {
      expect(markdownParser.validateLink(url), url).toBe(true);
    }
  });

  it("refuses scripts and data addresses, which markdown-it lets through for images", () => {
    for (const url of ["javascript:alert(1)", " JavaScript:alert(1)", "data:image/png;base64,AAAA", "vbscript:x", "file:///etc/passwd"]) {
      expect(markdownParser.validateLink(url), url).toBe(false);
    }
    expect(markdownParser.render("![x](data:image/png;base64,AAAA)")).not.toContain("<img");
  });

  it("reads raw HTML, which the sanitiser cleans afterwards, and no typographer", () => {
    expect(markdownParser.render("<em>oui</em> -- \"non\"")).toBe("<p><em>oui</em> -- &quot;non&quot;</p>\n");
  });
});
