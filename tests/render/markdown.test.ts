import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../scripts/render/markdown.ts";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown", () => {
    expect(renderMarkdown("## Titre\n\nUn **texte** avec un [lien](https://exemple.fr).")).toBe(
      '<h2>Titre</h2>\n<p>Un <strong>texte</strong> avec un <a href="https://exemple.fr" rel="noopener noreferrer">lien</a>.</p>',
    );
  });

  it("removes scripts, styles, frames, objects and event handlers", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><style>body{}</style><iframe src="https://x.fr"></iframe><object data="x"></object>\n\n<p onclick="alert(1)" style="color:red">texte</p><img src="https://x.fr/a.png" onerror="alert(1)">',
    );
    expect(html).not.toMatch(/<script|<style|<iframe|<object|onclick|onerror|style=/i);
    expect(html).toContain("texte");
  });

  it("keeps only http(s), mailto and relative links", () => {
    const html = renderMarkdown(
      "[a](javascript:alert(1)) [b](data:text/html,x) [c](vbscript:x) [d](mailto:contact@exemple.fr) [e](/territoires/figeac/) [f](https://exemple.fr)",
    );
    // A refused link stays as inert text; it never becomes an href.
    expect(html).not.toMatch(/href="(javascript|data|vbscript):/i);
    expect(html.match(/<a /g)).toHaveLength(3);
    expect(html).toContain('href="mailto:contact@exemple.fr"');
    expect(html).toContain('href="/territoires/figeac/"');
    expect(html).toContain('href="https://exemple.fr"');
  });

  it("refuses images that are not files of the site: data, scripts, and other hosts (privacy, offline reading)", () => {
    expect(renderMarkdown("![x](data:image/png;base64,AAAA)")).not.toMatch(/src="data:/);
    expect(renderMarkdown('<img src="javascript:alert(1)">')).not.toMatch(/src="javascript:/);
    expect(renderMarkdown("![Carte](https://exemple.fr/carte.png)")).not.toContain("exemple.fr");
    expect(renderMarkdown('<img src="http://tracker.example/pixel.gif">')).not.toContain("tracker.example");
  });

  it("turns a body's level-one heading into a level-two one: the page title is the only h1", () => {
    expect(renderMarkdown("# Titre")).toBe("<h2>Titre</h2>");
  });
});
