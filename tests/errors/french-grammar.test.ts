import { describe, expect, it } from "vitest";
import { decimal, ofName, plural, withOneDecimal } from "../../scripts/errors/french-grammar.ts";

describe("French grammar of messages", () => {
  it("puts nouns in the plural from 2 on, as French does", () => {
    expect(plural(0, "erreur")).toBe("0 erreur");
    expect(plural(1, "erreur")).toBe("1 erreur");
    expect(plural(1.5, "minute")).toBe("1,5 minute");
    expect(plural(2, "autre erreur", "autres erreurs")).toBe("2 autres erreurs");
    expect(plural(12_000, "fichier")).toBe("12\u202f000 fichiers");
  });

  it("elides and contracts « de » before a name", () => {
    expect(ofName("Annecy")).toBe("d’Annecy");
    expect(ofName("Évian-les-Bains")).toBe("d’Évian-les-Bains");
    expect(ofName("Figeac")).toBe("de Figeac");
    expect(ofName("Le Havre")).toBe("du Havre");
    expect(ofName("Les Ulis")).toBe("des Ulis");
    expect(ofName("La Rochelle")).toBe("de La Rochelle");
  });

  it("writes numbers with a decimal comma", () => {
    expect(decimal(2.44)).toBe("2,4");
    expect(withOneDecimal(2)).toBe("2,0");
    expect(withOneDecimal(2.25)).toMatch(/^2,[23]$/);
  });
});
