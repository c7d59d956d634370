/**
 * The sanitiser keeps no image from another host in contributors' text, whether written in
 * Markdown or in HTML (`check` refuses them first; this is the second line of defence), and
 * a body image of content/medias/ becomes the placeholder the build replaces.
 */
import { describe, expect, it } from "vitest";
import { renderBody } from "../../scripts/render/contributor-text.ts";

describe("images in contributors' text", () => {
  it("drops every image from another host, Markdown or HTML", () => {
    const html = renderBody(
      [
        "![pixel](https://tracker.example/a.gif)",
        '<img src="http://tracker.example/pixel.gif" alt="">',
        '<img src="//tracker.example/pixel.gif">',
        "<p><img src='HTTPS://tracker.example/p.gif'></p>",
      ].join("\n\n"),
    );
    expect(html).not.toMatch(/<img/);
    expect(html).not.toContain("tracker.example");
  });

  it("names an image of content/medias/ by its placeholder address, with its alternative text", () => {
    expect(renderBody("![Façade de la coopérative](../medias/oxalis.jpg)")).toBe(
      '<p><img src="/medias/oxalis.jpg" alt="Façade de la coopérative" /></p>',
    );
  });
});
