/** Messages with a count or a name in them, as contributors read them: plural, elision, decimal comma. */
import { describe, expect, it } from "vitest";
import { messages } from "../../scripts/errors/catalogue.ts";
import { checkFiles, plain, printed } from "../helpers/fixture-project.ts";

describe("messages with a count", () => {
  it("agree with one error and with several", () => {
    expect(plain(messages.checkFailed({ errors: 1, files: 1 }))).toBe("✘ 1 erreur dans 1 fichier. Corrigez-la puis relancez « npm run check ».");
    expect(plain(messages.checkFailed({ errors: 2, files: 1 }))).toBe("✘ 2 erreurs dans 1 fichier. Corrigez-les puis relancez « npm run check ».");
    expect(plain(messages.otherFilesHaveErrors({ errors: 2 }))).toBe(
      "(2 autres erreurs dans des fichiers non demandés : lancez « npm run check » sans argument pour les voir.)",
    );
    expect(plain(messages.searchIndexed({ pages: 1 }))).toBe("✔ Index de recherche : 1 page indexée.");
    expect(plain(messages.offlinePrecached({ precachedBytes: 400_000, totalBytes: 1_900_000, files: 1 }))).toContain("(1 fichier)");
    expect(plain(messages.offlinePrecached({ precachedBytes: 400_000, totalBytes: 1_900_000, files: 1 }))).toContain("0,4 Mo enregistrés à la première visite (1 fichier), sur 1,9 Mo publiés.");
    expect(plain(messages.buildWaiting({ pid: 42, minutes: "1" }))).toContain("1 minute au plus");
  });

  it("print the build's duration with a decimal comma", () => {
    expect(plain(messages.buildPublished({ pages: 1, seconds: 2.24 }))).toBe("✔ Site publié dans _site/ : 1 fiche ou dossier, en 2,2 s.");
    expect(plain(messages.buildPublished({ pages: 130, seconds: 12 }))).toBe("✔ Site publié dans _site/ : 130 fiches et dossiers, en 12,0 s.");
  });
});

describe("messages with a place name", () => {
  it("elide « de » before a vowel and agree « aucun » with the level", () => {
    const result = checkFiles({
      "content/territoires/annecy.md": '---\ntitle: Annecy\nscale: commune\ncode: "74011"\nsummary: Commune de Haute-Savoie, au bord du lac d’Annecy.\n---\n',
      "content/territoires/nulle-part.md": '---\ntitle: Nulle part\nscale: commune\ncode: "99999"\nsummary: Une commune qui n’existe pas dans la géographie officielle.\n---\n',
      "content/territoires/nul-epci.md": '---\ntitle: Nul EPCI\nscale: epci\ncode: "999999999"\nsummary: Un EPCI qui n’existe pas dans la géographie officielle.\n---\n',
    });
    const shown = printed(result).map(plain);
    expect(shown.find((line) => line.startsWith("content/territoires/annecy.md"))).toMatch(/Code d’Annecy : "74010"\.$/);
    expect(shown.find((line) => line.startsWith("content/territoires/nulle-part.md"))).toContain("aucune commune de code « 99999 »");
    expect(shown.find((line) => line.startsWith("content/territoires/nul-epci.md"))).toContain("aucun EPCI de code « 999999999 »");
  });
});
