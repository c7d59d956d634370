import { describe, expect, it } from "vitest";
import { frenchPunctuationSpaces, frenchTypography } from "../../scripts/text/french-typography.ts";

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
});

describe("frenchTypography", () => {
  it("turns straight quotes and apostrophes into French ones, with their spaces", () => {
    expect(show(frenchTypography(`Il a dit "bonjour" à l'IUT...`))).toBe("Il⍽a⍽dit «·bonjour·» à⍽l’IUT…");
  });

  it("changes text only, never tags, attributes or code", () => {
    const html = `<p title="a : b ?"><a href="/x?y=1">Voir</a> : <code>a : b</code></p>`;
    expect(show(frenchTypography(html))).toBe(`<p title="a : b ?"><a href="/x?y=1">Voir</a>⍽: <code>a : b</code></p>`);
  });
});
