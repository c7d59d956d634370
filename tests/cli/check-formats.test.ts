/**
 * `npm run check` for machines: GitHub workflow commands, a GitLab Code Quality report and
 * JSON, each carrying the catalogue key of every error, run as the real command on broken files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeProject } from "../helpers/fixture-project.ts";
import { runCli } from "../helpers/run-cli.ts";

/** Narrow and regular no-break spaces shown as `⍽` so that snapshots show where they are. */
const visible = (text: string) => text.replace(/[\u00a0\u202f]/g, "⍽");

/**
 * Four files with five kinds of mistakes: a `%` in a message, a `,` in a file name (both
 * escaped in workflow commands), a French date, an unquoted code, and a visit that refers
 * to a dynamic with errors.
 */
const BROKEN = {
  "content/dynamiques/tiers-lieu.md": [
    "---",
    "title: Un tiers-lieu",
    "summary: Un tiers-lieu de démonstration à Figeac, pour les tests.",
    "kind: tiers%lieu",
    "territory: figeac",
    "founded: 14/03/2019",
    "sources:",
    "  - title: Article",
    "---",
    "",
  ].join("\n"),
  "content/visites/visite.md":
    "---\ntitle: Visite\nsummary: Une visite d’étude de deux jours à Figeac.\nterritory: figeac\ndate: 2018-10-30\ndynamics: [tiers-lieu]\nsources:\n  - title: Source\n---\n",
  "content/visites/visite,2019.md":
    "---\ntitle: Visite\nsummary: Une visite d’étude de deux jours à Figeac.\nterritory: figeac\ndate: 2019-10-30\nsources:\n  - title: Source\n---\n",
  "content/territoires/annecy.md":
    "---\ntitle: Annecy\nscale: commune\ncode: 74010\nsummary: Commune de Haute-Savoie, au bord du lac d’Annecy.\n---\n",
};

describe("npm run check in GitHub Actions", () => {
  it("prints a workflow command per error, titled with its catalogue key, then the French report", () => {
    const root = makeProject(BROKEN);
    const result = runCli("check", [], root, { GITHUB_ACTIONS: "true" });
    expect(result.status).toBe(1);
    expect(visible(result.stdout)).toMatchInlineSnapshot(`
      "::error file=content/dynamiques/tiers-lieu.md,line=4,col=7,title=unknownKind::type de dynamique «⍽tiers%25lieu⍽» inconnu. Vouliez-vous dire «⍽tiers-lieu⍽»⍽? La liste est dans data/kinds.json.
      ::error file=content/dynamiques/tiers-lieu.md,line=6,col=10,title=invalidDate::date «⍽14/03/2019⍽» invalide. Écrivez 2019-03-14⍽: l’année, puis le mois, puis le jour (AAAA-MM-JJ).
      ::error file=content/territoires/annecy.md,line=4,col=7,title=numberNotText::le champ «⍽code⍽» doit être un texte, mais sans guillemets 74010 se lit comme un nombre. Mettez-le entre guillemets⍽: «⍽code: "74010"⍽».
      ::error file=content/visites/visite%2C2019.md,line=1,col=1,title=invalidFileName::le nom du fichier doit être en minuscules sans accents, avec des chiffres et des tirets. Renommez-le en «⍽visite-2019.md⍽».
      ::error file=content/visites/visite.md,line=6,col=12,title=referencedFileHasErrors::la dynamique «⍽tiers-lieu⍽» contient des erreurs (voir content/dynamiques/tiers-lieu.md)⍽; cette référence sera valide une fois ce fichier corrigé.
      content/dynamiques/tiers-lieu.md:4:7  type de dynamique «⍽tiers%lieu⍽» inconnu. Vouliez-vous dire «⍽tiers-lieu⍽»⍽? La liste est dans data/kinds.json.
      content/dynamiques/tiers-lieu.md:6:10  date «⍽14/03/2019⍽» invalide. Écrivez 2019-03-14⍽: l’année, puis le mois, puis le jour (AAAA-MM-JJ).
      content/territoires/annecy.md:4:7  le champ «⍽code⍽» doit être un texte, mais sans guillemets 74010 se lit comme un nombre. Mettez-le entre guillemets⍽: «⍽code: "74010"⍽».
      content/visites/visite,2019.md:1:1  le nom du fichier doit être en minuscules sans accents, avec des chiffres et des tirets. Renommez-le en «⍽visite-2019.md⍽».
      content/visites/visite.md:6:12  la dynamique «⍽tiers-lieu⍽» contient des erreurs (voir content/dynamiques/tiers-lieu.md)⍽; cette référence sera valide une fois ce fichier corrigé.

      ✘ 5 erreurs dans 4 fichiers. Corrigez-les puis relancez « npm run check ».
      "
    `);
    // --format=github does the same outside GitHub Actions, --format=text turns the commands off inside it.
    expect(runCli("check", ["--format=github"], root, { GITHUB_ACTIONS: "" }).stdout).toBe(result.stdout);
    const text = runCli("check", ["--format=text"], root, { GITHUB_ACTIONS: "true" });
    expect(text.stdout).not.toContain("::error");
    expect(text.stdout).toBe(result.stdout.replace(/^::error .*\n/gm, ""));
  });
});

describe("npm run check for GitLab and other tools", () => {
  it("writes a GitLab Code Quality report with --output, and keeps the French report on the terminal", () => {
    const root = makeProject(BROKEN);
    const result = runCli("check", ["--format=gitlab", "--output=rapports/code-quality.json"], root);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("content/visites/visite.md:6:12  la dynamique");
    expect(result.stdout).toContain("✘ 5 erreurs dans 4 fichiers.");
    expect(result.stdout).toContain("Rapport gitlab écrit dans rapports/code-quality.json.");
    const report = readFileSync(join(root, "rapports/code-quality.json"), "utf8");
    expect(visible(report)).toMatchInlineSnapshot(`
      "[
        {
          "description": "type de dynamique «⍽tiers%lieu⍽» inconnu. Vouliez-vous dire «⍽tiers-lieu⍽»⍽? La liste est dans data/kinds.json.",
          "check_name": "unknownKind",
          "fingerprint": "923c0707bf08c64a045538225ec09046187bf58934f07c3e80a92c77b75a6340",
          "severity": "major",
          "location": {
            "path": "content/dynamiques/tiers-lieu.md",
            "lines": {
              "begin": 4
            }
          }
        },
        {
          "description": "date «⍽14/03/2019⍽» invalide. Écrivez 2019-03-14⍽: l’année, puis le mois, puis le jour (AAAA-MM-JJ).",
          "check_name": "invalidDate",
          "fingerprint": "2dc8c4b3a3c5a108ed1f3a00d8d5477b4267284ea68efc674d34102cae710065",
          "severity": "major",
          "location": {
            "path": "content/dynamiques/tiers-lieu.md",
            "lines": {
              "begin": 6
            }
          }
        },
        {
          "description": "le champ «⍽code⍽» doit être un texte, mais sans guillemets 74010 se lit comme un nombre. Mettez-le entre guillemets⍽: «⍽code: \\"74010\\"⍽».",
          "check_name": "numberNotText",
          "fingerprint": "1e8a6cb0603611ec94cb4645c166f462edf5e2d34e47e41d0bc3424332e157ca",
          "severity": "major",
          "location": {
            "path": "content/territoires/annecy.md",
            "lines": {
              "begin": 4
            }
          }
        },
        {
          "description": "le nom du fichier doit être en minuscules sans accents, avec des chiffres et des tirets. Renommez-le en «⍽visite-2019.md⍽».",
          "check_name": "invalidFileName",
          "fingerprint": "cbd260af9a9cb60c1cf3a833f614fc0d8c4f98daee7a25e6d980eb0b87b93d08",
          "severity": "blocker",
          "location": {
            "path": "content/visites/visite,2019.md",
            "lines": {
              "begin": 1
            }
          }
        },
        {
          "description": "la dynamique «⍽tiers-lieu⍽» contient des erreurs (voir content/dynamiques/tiers-lieu.md)⍽; cette référence sera valide une fois ce fichier corrigé.",
          "check_name": "referencedFileHasErrors",
          "fingerprint": "4ddb07359310335bf06d8f1d6af509b93f5e3ca0c6f92e1fef3f133185328574",
          "severity": "major",
          "location": {
            "path": "content/visites/visite.md",
            "lines": {
              "begin": 6
            }
          }
        }
      ]
      "
    `);
  });

  it("prints JSON alone on stdout with --format=json, and the same JSON to a file with --output", () => {
    const root = makeProject(BROKEN);
    const result = runCli("check", ["--format", "json", "content/visites/visite.md"], root);
    expect(result.status).toBe(1);
    expect(visible(result.stdout)).toMatchInlineSnapshot(`
      "{
        "errors": [
          {
            "file": "content/visites/visite.md",
            "line": 6,
            "column": 12,
            "key": "referencedFileHasErrors",
            "message": "la dynamique «⍽tiers-lieu⍽» contient des erreurs (voir content/dynamiques/tiers-lieu.md)⍽; cette référence sera valide une fois ce fichier corrigé."
          }
        ],
        "ok": false,
        "checkedFiles": 1,
        "otherErrors": 4,
        "summary": "✘ 1 erreur dans 1 fichier. Corrigez-la puis relancez « npm run check ».\\n(4 autres erreurs dans des fichiers non demandés⍽: lancez « npm run check » sans argument pour les voir.)"
      }
      "
    `);
    // People still read the French report, on stderr.
    expect(result.stderr).toContain("content/visites/visite.md:6:12");
    const toFile = runCli("check", ["--format=json", "--output=check.json", "content/visites/visite.md"], root);
    expect(readFileSync(join(root, "check.json"), "utf8")).toBe(result.stdout);
    expect(toFile.stdout).toContain("content/visites/visite.md:6:12");
  });
});

describe("npm run check with a wrong option", () => {
  it("says in French what it accepts, and checks nothing", () => {
    const root = makeProject({});
    const typo = runCli("check", ["--fromat=json"], root);
    expect(typo.status).toBe(2);
    expect(visible(typo.stderr)).toMatchInlineSnapshot(`
      "option «⍽--fromat⍽» inconnue. Vouliez-vous dire «⍽--format⍽»⍽? Usage⍽: npm run check -- [--format=text|github|gitlab|json] [--output=fichier] [fichiers…]
      "
    `);
    const format = runCli("check", ["--format=gitlb"], root);
    expect(format.status).toBe(2);
    expect(visible(format.stderr)).toMatchInlineSnapshot(`
      "format «⍽gitlb⍽» inconnu. Vouliez-vous dire «⍽gitlab⍽»⍽? Formats possibles⍽: text (le texte pour un terminal), github (et les annotations de GitHub Actions), gitlab (rapport Code Quality), json.
      "
    `);
  });
});
