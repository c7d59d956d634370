/** One cause, one error: a reference to a file that is there but has errors points at them. */
import { describe, expect, it } from "vitest";
import { checkFiles, plain, printed } from "../helpers/fixture-project.ts";

describe("a reference to an entry whose file has errors", () => {
  it("reports the typo once, in the dynamic, and the visit says the dynamic has errors, not that it is missing", () => {
    const result = checkFiles({
      // One mistyped field: the file is there, and invalid.
      "content/dynamiques/tiers-lieu.md":
        "---\ntitle: Un tiers-lieu\nsummary: Un tiers-lieu de démonstration à Figeac.\nkind: tiers-lieux\nterritory: figeac\nsources:\n  - title: Article\n---\n",
      "content/visites/visite.md":
        "---\ntitle: Visite\nsummary: Une visite d’étude de deux jours à Figeac.\nterritory: figeac\ndate: 2018-10-30\ndynamics: [figeacteurs, tiers-lieu]\nsources:\n  - title: Source\n---\n",
    });
    expect(printed(result).map(plain)).toEqual([
      "content/dynamiques/tiers-lieu.md:4:7  type de dynamique « tiers-lieux » inconnu. Vouliez-vous dire « tiers-lieu » ? La liste est dans data/kinds.json.",
      "content/visites/visite.md:6:25  la dynamique « tiers-lieu » contient des erreurs (voir content/dynamiques/tiers-lieu.md) ; cette référence sera valide une fois ce fichier corrigé.",
    ]);
    expect(result.errors.map((error) => error.key)).toEqual(["unknownKind", "referencedFileHasErrors"]);
  });

  it("says the same of a territory whose file has errors", () => {
    const result = checkFiles({
      "content/territoires/lot.md": "---\ntitle: Lot\nscale: departement\ncode: 46\nsummary: Le département du Lot, en Occitanie.\n---\n",
      "content/dynamiques/tiers-lieu.md":
        "---\ntitle: Un tiers-lieu\nsummary: Un tiers-lieu de démonstration dans le Lot.\nkind: tiers-lieu\nterritory: lot\nsources:\n  - title: Article\n---\n",
    });
    expect(printed(result).map(plain)).toEqual([
      "content/dynamiques/tiers-lieu.md:5:12  le territoire « lot » contient des erreurs (voir content/territoires/lot.md) ; cette référence sera valide une fois ce fichier corrigé.",
      'content/territoires/lot.md:4:7  le champ « code » doit être un texte, mais sans guillemets 46 se lit comme un nombre. Mettez-le entre guillemets : « code: "46" ».',
    ]);
  });

  it("still calls a reference to a file that is not there missing", () => {
    const result = checkFiles({
      "content/visites/visite.md":
        "---\ntitle: Visite\nsummary: Une visite d’étude de deux jours à Figeac.\nterritory: figeac\ndate: 2018-10-30\ndynamics: [figeacteur]\nsources:\n  - title: Source\n---\n",
    });
    expect(printed(result).map(plain)).toEqual([
      "content/visites/visite.md:6:12  dynamique « figeacteur » introuvable dans content/dynamiques/. Vouliez-vous dire « figeacteurs » ?",
    ]);
  });
});
