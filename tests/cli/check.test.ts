/** `npm run check` as contributors meet it: French, one error per line, `path:line:column`, then a count. */
import { describe, expect, it } from "vitest";
import { checkReport } from "../../scripts/cli/check-report.ts";
import { contentOnDisk } from "../../scripts/pipeline/content-sources.ts";
import { runPipeline } from "../../scripts/pipeline/pipeline.ts";
import { PROJECT_ROOT, makeProject } from "../helpers/fixture-project.ts";
import { runCli } from "../helpers/run-cli.ts";

/** Narrow and regular no-break spaces shown as `⍽` so that snapshots show where they are. */
const visible = (lines: string[]) => lines.join("\n").replace(/[\u00a0\u202f]/g, "⍽");

describe("npm run check on the shipped content", () => {
  it("prints a French summary and exits 0", () => {
    const result = runCli("check");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^✔ \d+ fichiers vérifiés \(\d+ dynamiques, \d+ visites, \d+ événements, \d+ territoires\)\s: aucune erreur\.$/m);
  });

  it("finds no error in any shipped file", () => {
    expect(runPipeline(contentOnDisk(PROJECT_ROOT)).errors).toEqual([]);
  });
});

describe("npm run check on broken files", () => {
  it("reports every error of every file, in French, with file, line and column", () => {
    const root = makeProject({
      "content/dynamiques/tiers-lieu.md": [
        "---",
        "title: Un tiers-lieu",
        "sumary: Résumé mal orthographié, le champ est inconnu.",
        "kind: tiers-lieux",
        "territory: figeak",
        "sources:",
        "  - title: Article de presse",
        "    url: javascript:alert(1)",
        "---",
        "",
      ].join("\n"),
      "content/visites/visite.md": "---\ntitle: Visite\nsummary: Une visite d’étude de deux jours à Figeac.\nterritory: figeac\ndate: 2018-10-31\nend: 2018-10-30\nsources:\n  - title: Source\n---\n",
      "content/evenements/sans-entete.md": "Un texte sans en-tête.\n",
    });
    const report = checkReport(runPipeline(contentOnDisk(root)), root);
    expect(report.exitCode).toBe(1);
    expect(visible(report.lines)).toMatchInlineSnapshot(`
      "content/dynamiques/tiers-lieu.md:2:1  champ «⍽summary⍽» obligatoire manquant.
      content/dynamiques/tiers-lieu.md:3:1  champ «⍽sumary⍽» inconnu. Vouliez-vous dire «⍽summary⍽»⍽? Champs possibles⍽: title, summary, territory, themes, actors, sources, image, draft, kind, founded, website.
      content/dynamiques/tiers-lieu.md:4:7  type de dynamique «⍽tiers-lieux⍽» inconnu. Vouliez-vous dire «⍽tiers-lieu⍽»⍽? La liste est dans data/kinds.json.
      content/dynamiques/tiers-lieu.md:8:10  adresse «⍽javascript:alert(1)⍽» refusée⍽: seules les adresses complètes en http:// ou https:// sont acceptées.
      content/evenements/sans-entete.md:1:1  le fichier doit commencer par un en-tête YAML entre deux lignes ---. Lancez « npm run new » pour obtenir un modèle.
      content/visites/visite.md:6:6  la date de fin «⍽2018-10-30⍽» est antérieure à la date de début «⍽2018-10-31⍽».

      ✘ 6 erreurs dans 3 fichiers. Corrigez-les puis relancez « npm run check »."
    `);
  });

  it("suggests the closest territory once the file is otherwise valid", () => {
    const root = makeProject({
      "content/dynamiques/tiers-lieu.md":
        "---\ntitle: Un tiers-lieu\nsummary: Un tiers-lieu de démonstration à Figeac.\nkind: tiers-lieu\nterritory: [figeac, figeak]\nsources:\n  - title: Article\n---\n",
    });
    expect(visible(checkReport(runPipeline(contentOnDisk(root)), root).lines)).toMatchInlineSnapshot(`
      "content/dynamiques/tiers-lieu.md:5:21  territoire «⍽figeak⍽» introuvable dans content/territoires/. Vouliez-vous dire «⍽figeac⍽»⍽? Créez-le avec « npm run new -- territoire "Nom" » si besoin.

      ✘ 1 erreur dans 1 fichier. Corrigez-la puis relancez « npm run check »."
    `);
  });

  it("checks only the files given, and says when others have errors", () => {
    const root = makeProject({ "content/visites/cassee.md": "---\ntitle: [\n---\n" });
    const result = runCli("check", ["content/dynamiques/figeacteurs.md"], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("1 autre erreur dans des fichiers non demandés");
    const broken = runCli("check", ["content/visites/cassee.md", "ailleurs/x.md"], root);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain("content/visites/cassee.md:2:");
    expect(broken.stdout).toContain("ailleurs/x.md:1:1  ce fichier est hors du dossier content/.");
    expect(broken.stdout + broken.stderr).not.toMatch(/\bat .+\.ts:\d+/);
  });
});
