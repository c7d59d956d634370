/**
 * The preview's error banner as HTML: the errors as `check` prints them, in reading order,
 * at most ten then how many more, in French, with contributor text escaped; and where it
 * goes in a page. The banner on the real preview, in Chromium, is tested in
 * serve-error-banner.test.ts.
 */
import { describe, expect, it } from "vitest";
import { type ContentError, contentError, formatError } from "../../scripts/errors/content-error.ts";
import { errorBanner, withErrorBanner } from "../../scripts/preview/error-banner.ts";
import { plain } from "../helpers/fixture-project.ts";

const unknownField = (file: string, line: number, field: string): ContentError =>
  contentError(file, { line, column: 1 }, "unknownField", { field, known: "title, summary" });

/** The banner's text as a browser shows it: one line per block, entities read back. */
function text(html: string): string {
  return plain(html.replace(/<\/?code>/g, "").replace(/<[^>]+>/g, "\n").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&"));
}

describe("the preview's error banner", () => {
  it("lists the errors as check prints them, in reading order, under a French summary", () => {
    const [inB, inALater, inAFirst] = [unknownField("content/visites/b.md", 4, "dat"), unknownField("content/dynamiques/a.md", 7, "sumary"), unknownField("content/dynamiques/a.md", 3, "titel")];
    const banner = errorBanner([inB, inALater, inAFirst]);
    const lines = text(banner).split("\n").filter(Boolean);
    expect(lines[0]).toBe("3 erreurs dans 2 fichiers : cette page montre la dernière version valide");
    const listed = [...banner.matchAll(/<li>(.*?)<\/li>/g)].map((match) => text(match[1] ?? ""));
    expect(listed).toEqual([inAFirst, inALater, inB].map((error) => plain(formatError(error))));
    expect(listed[0]).toMatch(/^content\/dynamiques\/a\.md:3:1  champ « titel » inconnu/);
    expect(banner).toContain('role="alert"');
    expect(text(banner)).toContain("Corrigez-les et enregistrez : la page se recharge d’elle-même et ce bandeau disparaît.");
  });

  it("shows ten errors at most, then says how many more", () => {
    const errors = Array.from({ length: 13 }, (_, index) => unknownField("content/dynamiques/a.md", index + 2, `champ${index}`));
    const banner = errorBanner(errors);
    expect([...banner.matchAll(/<li>/g)]).toHaveLength(10);
    expect(text(banner)).toContain("et 3 autres erreurs, toutes listées dans le terminal de « npm start ».");
    expect(text(errorBanner(errors.slice(0, 11)))).toContain("et 1 autre erreur, toutes listées");
    expect(text(errorBanner(errors.slice(0, 10)))).not.toContain("autre");
    expect(text(errorBanner(errors.slice(0, 1)))).toContain("1 erreur dans 1 fichier");
    expect(text(errorBanner(errors.slice(0, 1)))).toContain("Corrigez-la et enregistrez");
  });

  it("writes contributor text as text: no markup of a field name or a file name gets through", () => {
    const banner = errorBanner([unknownField("content/dynamiques/<b>x</b>.md", 2, '<img src=x onerror="alert(1)">'), unknownField("content/dynamiques/a.md", 3, "ti\u202Etle")]);
    expect(banner).not.toMatch(/<img|<b>/);
    expect(text(banner)).toContain('content/dynamiques/<b>x</b>.md:2:1  champ « <img src=x onerror="alert(1)"> » inconnu');
    // An invisible character is shown, as in the terminal.
    expect(text(banner)).toContain("champ « ti<U+202E>tle » inconnu");
  });

  it("goes first in the page's body, and nowhere else", () => {
    const page = '<!DOCTYPE html>\n<html lang="fr"><head><title>T</title></head>\n<body class="x">\n  <a class="skip-link" href="#contenu">Aller au contenu</a><main>Texte</main></body></html>';
    expect(withErrorBanner(page, "<section>B</section>")).toBe(page.replace('<body class="x">', '<body class="x"><section>B</section>'));
    // HTML may leave out <body>: after the head, never before the doctype.
    expect(withErrorBanner("<!doctype html><title>T</title><p>x", "<section>B</section>")).toBe("<!doctype html><section>B</section><title>T</title><p>x");
    expect(withErrorBanner("<!doctype html><head><title>T</title></head><p>x", "<section>B</section>")).toBe("<!doctype html><head><title>T</title></head><section>B</section><p>x");
  });
});
