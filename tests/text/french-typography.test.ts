import { describe, expect, it } from "vitest";
import { frenchPunctuationSpaces, frenchTypography, typesetBetween } from "../../scripts/text/french-typography.ts";

/** Shows no-break spaces: `⍽` for U+00A0, `·` for the narrow U+202F. */
const show = (text: string) => text.replace(/\u00a0/g, "⍽").replace(/\u202f/g, "·");

describe("frenchPunctuationSpaces", () => {
  it("puts a narrow no-break space before ; ! ? and %, and a no-break space before :", () => {
    expect(show(frenchPunctuationSpaces("Oui! Non? Peut-être ; 45 % et voilà : fini"))).toBe("Oui·! Non·? Peut-être·; 45·% et voilà⍽: fini");
  });

  it("leaves times, URLs and repeated punctuation alone", () => {
    expect(frenchPunctuationSpaces("à 10:30, https://exemple.fr/?q=a")).toBe("à 10:30, https://exemple.fr/?q=a");
    expect(show(frenchPunctuationSpaces("Vraiment ?!"))).toBe("Vraiment·?!");
  });

  it("never splits the `&amp;` that stands for « & » in the text typograf reads", () => {
    expect(show(frenchPunctuationSpaces("Recherche &amp; Développement ; fin"))).toBe("Recherche &amp; Développement·; fin");
  });
});

describe("frenchTypography", () => {
  it("turns straight quotes and apostrophes into French ones, with their spaces", () => {
    expect(show(frenchTypography(`Il a dit "bonjour" à l'IUT...`))).toBe("Il⍽a⍽dit «·bonjour·» à⍽l’IUT…");
  });

  it("reads its text as plain text: an ampersand stays one and nothing that looks like an entity is decoded", () => {
    expect(show(frenchTypography("Recherche & Développement ; AT&T, l&#39;ESS et&nbsp;plus"))).toBe(
      "Recherche & Développement·; AT&T, l&#39;ESS et&nbsp;plus",
    );
  });

  it("gives back typograf's own marker characters as the contributor wrote them", () => {
    expect(frenchTypography("icône \uF000 puis \uF001 fin")).toBe("icône \uF000 puis \uF001 fin");
  });
});

describe("typesetBetween", () => {
  it("typesets texts across the elements between them, as on the page they form", () => {
    // `"*mot*"`: the quotes sit on either side of an emphasis.
    expect(typesetBetween(['"', "mot", '" ici'], ["element", "end"]).map(show)).toEqual(["«·", "mot", "·» ici"]);
    // `**Bilan** : oui`: the colon follows a closing tag.
    expect(typesetBetween(["", "Bilan", " : oui"], ["element", "end"]).map(show)).toEqual(["", "Bilan", "⍽: oui"]);
  });

  it("starts quote nesting afresh in each part, as typograf does in each paragraph of a page", () => {
    // A quotation over two paragraphs: the second opens with « again, not with the inner ‹.
    expect(typesetBetween(['"un', '"deux"'], ["part"]).map(show)).toEqual(["«·un", "«·deux·»"]);
    expect(typesetBetween(['"un', '"deux"'], ["element"]).map(show)).toEqual(["«·un", "‹·deux·›"]);
  });

  it("refuses texts and separators that do not alternate", () => {
    expect(() => typesetBetween(["a", "b"], [])).toThrow();
  });
});
