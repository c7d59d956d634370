/**
 * French typography is applied to markdown-it's text tokens, not to the finished HTML.
 * Readers must get the same page as when typograf ran on the sanitised HTML and hid its
 * tags itself: that rendering is kept here, and only here, as the reference.
 */
import * as typografModule from "typograf";
import { afterEach, describe, expect, it, vi } from "vitest";
import { validateContent } from "../../scripts/pipeline/check-content.ts";
import { runPipeline } from "../../scripts/pipeline/pipeline.ts";
import { renderBody, typesetText } from "../../scripts/render/contributor-text.ts";
import { renderMarkdown } from "../../scripts/render/markdown.ts";
import { frenchTypograf } from "../../scripts/text/french-typography.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

/** The rendering before: typograf, with the project's rules, on the sanitised HTML page. */
const onThePage = frenchTypograf();
const referenceBody = (markdown: string) => onThePage.execute(renderMarkdown(markdown));
const referenceText = (text: string) => onThePage.execute(text);

/** Shows no-break spaces: `⍽` for U+00A0, `·` for the narrow U+202F. */
const show = (text: string) => text.replace(/\u00a0/g, "⍽").replace(/\u202f/g, "·");

/** Every body and every short text the pipeline renders for the starter content. */
function starterTexts(): { bodies: string[]; texts: string[] } {
  const content = validateContent(PROJECT_ROOT);
  expect(content.errors).toEqual([]);
  const bodies: string[] = [];
  const texts: string[] = [];
  const recorded = runPipeline({
    validate: () => content,
    rendering: () => ({
      body: (file) => (bodies.push(file.body), ""),
      text: (text) => (texts.push(text), text),
    }),
  });
  expect(recorded.errors).toEqual([]);
  return { bodies, texts };
}

describe("the starter content", () => {
  it("renders every body and every short text exactly as typograf on the finished HTML did", () => {
    const { bodies, texts } = starterTexts();
    expect(bodies.length).toBeGreaterThan(40);
    expect(texts.length).toBeGreaterThan(100);
    for (const body of bodies) expect(renderBody(body)).toBe(referenceBody(body));
    for (const text of texts) expect(typesetText(text)).toBe(referenceText(text));
  });
});

describe("typography across the elements of a body", () => {
  it.each([
    ["quotes around an emphasis", 'Un projet "*solidaire*" à Figeac.', "<p>Un⍽projet «·<em>solidaire</em>·» à⍽Figeac.</p>"],
    ["French quotes around an emphasis", "Il a dit « *non* » à l'assemblée", "<p>Il⍽a⍽dit «·<em>non</em>·» à⍽l’assemblée</p>"],
    ["a colon after bold text", "**Bilan** : 12 projets", "<p><strong>Bilan</strong>⍽: 12⍽projets</p>"],
    [
      "an exclamation mark after a link",
      "Voir [le rapport](https://exemple.fr/a?b=1&c=2) !",
      '<p>Voir <a href="https://exemple.fr/a?b=1&amp;c=2" rel="noopener noreferrer">le⍽rapport</a>·!</p>',
    ],
    ["a colon after a link", "l'[ESS](/x) : oui", '<p>l\'<a href="/x">ESS</a>⍽: oui</p>'],
    [
      "a quotation over two paragraphs",
      '"Premier paragraphe de la citation.\n\n"Second paragraphe, qui la termine."',
      "<p>«·Premier paragraphe de⍽la⍽citation.</p>\n<p>«·Second paragraphe, qui la⍽termine.·»</p>",
    ],
    ["a colon before a nested list", "- Quelques chiffres :\n  - 12 projets", "<ul>\n<li>Quelques chiffres⍽:\n<ul>\n<li>12 projets</li>\n</ul>\n</li>\n</ul>"],
    ["a number at the start of a line", "Horaires :  \n10 h : accueil", "<p>Horaires :<br />\n10⍽h⍽: accueil</p>"],
  ])("%s", (_, markdown, expected) => {
    expect(show(renderBody(markdown))).toBe(expected);
    expect(renderBody(markdown)).toBe(referenceBody(markdown));
  });

  it("treats the apostrophe right after a link as typograf did on the page", () => {
    const markdown = "[Figeac](/territoires/figeac/)'s et [lien](/x)'s";
    expect(renderBody(markdown)).toBe(referenceBody(markdown));
  });
});

describe("what typography leaves as written", () => {
  it("leaves code spans, code blocks and the text of <kbd> alone", () => {
    const markdown = 'Tapez `l\'ESS : "x"...` puis <kbd>Ctrl : C</kbd> !\n\n```\nl\'ESS : "x"...\n```\n\n    l\'ESS : x';
    expect(show(renderBody(markdown))).toBe(
      '<p>Tapez <code>l\'ESS : "x"...</code> puis <kbd>Ctrl : C</kbd>·!</p>\n<pre><code>l\'ESS : "x"...\n</code></pre>\n<pre><code>l\'ESS : x\n</code></pre>',
    );
  });

  it("leaves URLs alone: link targets, addresses written in the text, autolinks, images", () => {
    const markdown =
      "Adresse : https://exemple.fr/?a=1&b=2 ! Voir <https://exemple.fr/a?b> : ok\n\n" +
      "[rapport : 2024](https://exemple.fr/l'ess?x=1;y=2) et ![l'image : \"x\"](../medias/i.png) : légende";
    expect(show(renderBody(markdown))).toBe(
      "<p>Adresse⍽: https://exemple.fr/?a=1&amp;b=2·! Voir " +
        '<a href="https://exemple.fr/a?b" rel="noopener noreferrer">https://exemple.fr/a?b</a>⍽: ok</p>\n' +
        '<p><a href="https://exemple.fr/l\'ess?x=1;y=2" rel="noopener noreferrer">rapport⍽: 2024</a> et⍽' +
        '<img src="/medias/i.png" alt="l\'image : &quot;x&quot;" />⍽: légende</p>',
    );
  });

  it("leaves HTML blocks as the contributor wrote them", () => {
    const markdown = '<figure>\n<figcaption>Légende : "x"</figcaption>\n</figure>\n\nTexte : "oui"';
    expect(show(renderBody(markdown))).toBe('<figure>\n<figcaption>Légende : "x"</figcaption>\n</figure>\n<p>Texte⍽: «·oui·»</p>');
  });

  it("leaves the attributes of inline HTML alone and typesets the text around it", () => {
    const markdown = 'Une <abbr title="l\'économie : sociale">ESS</abbr> : ici';
    expect(show(renderBody(markdown))).toBe('<p>Une <abbr title="l\'économie : sociale">ESS</abbr>⍽: ici</p>');
  });

  it("keeps an ampersand whole before punctuation", () => {
    expect(show(renderBody("Recherche & Développement ; R&D !"))).toBe("<p>Recherche &amp; Développement·; R&amp;D·!</p>");
  });
});

describe("what typograf is given", () => {
  const Typograf = (typografModule as unknown as { default: { prototype: { execute(text: string): string } } }).default;
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("is plain text, never a tag of the page", () => {
    const execute = vi.spyOn(Typograf.prototype, "execute");
    renderBody('## Un *titre*\n\nDu texte [avec un lien](https://exemple.fr), du `code` et <abbr title="x">HTML</abbr>.\n\n- une liste\n- « citée »');
    expect(execute).toHaveBeenCalled();
    for (const [text] of execute.mock.calls) expect(String(text)).not.toMatch(/[<>]/);
  });
});
