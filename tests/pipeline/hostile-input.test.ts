/**
 * Files built to hurt the checker: each one is refused quickly, with a French
 * message naming the file and line, and without side effects.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeProject, plain, printed, checkFiles } from "../helpers/fixture-project.ts";
import { buildObservatory } from "../../scripts/pipeline/build-observatory.ts";
import { runCli } from "../helpers/run-cli.ts";

const entry = (frontmatter: string, body = "") =>
  `---\ntitle: Un tiers-lieu\nsummary: Un tiers-lieu de démonstration à Figeac.\nkind: tiers-lieu\nterritory: figeac\nsources:\n  - title: Article\n${frontmatter}---\n${body}`;

describe("hostile YAML", () => {
  it("refuses an alias bomb (billion laughs) without expanding it", () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let i = 1; i < 10; i += 1) levels.push(`x${i}: &x${i} [${Array(9).fill(i === 1 ? "*a" : `*x${i - 1}`).join(", ")}]`);
    const result = checkFiles({ "content/dynamiques/bombe.md": `---\n${levels.join("\n")}\n---\n` });
    expect(printed(result).map(plain)).toEqual([
      "content/dynamiques/bombe.md:1:1  l’en-tête utilise trop d’alias YAML (*). Écrivez les valeurs en toutes lettres.",
    ]);
  });

  it("refuses brackets nested tens of thousands deep before the YAML parser sees them", () => {
    const result = checkFiles({ "content/dynamiques/profond.md": `---\ntitle: ${"[".repeat(200_000)}\n---\n` });
    expect(printed(result).map(plain)).toEqual([
      "content/dynamiques/profond.md:2:1  l’en-tête est imbriqué sur plus de 6 niveaux. Simplifiez sa structure.",
    ]);
  });

  it("refuses deeply nested block structures at the line where they get too deep", () => {
    const nested = Array.from({ length: 10 }, (_, depth) => `${"  ".repeat(depth)}k${depth}:`).join("\n");
    const result = checkFiles({ "content/dynamiques/profond.md": `---\n${nested} fin\n---\n` });
    expect(printed(result).map(plain)).toContainEqual(expect.stringMatching(/^content\/dynamiques\/profond\.md:\d+:\d+  l’en-tête est imbriqué sur plus de 6 niveaux/));
  });

  it("refuses prototype keys and leaves every object unpolluted", () => {
    const result = checkFiles({
      "content/dynamiques/proto.md": entry("__proto__:\n  polluted: oui\nconstructor:\n  prototype:\n    polluted: oui\n"),
    });
    expect(printed(result).map(plain)).toEqual([
      "content/dynamiques/proto.md:8:1  le nom de champ « __proto__ » est interdit. Retirez-le.",
      "content/dynamiques/proto.md:10:1  le nom de champ « constructor » est interdit. Retirez-le.",
      "content/dynamiques/proto.md:11:3  le nom de champ « prototype » est interdit. Retirez-le.",
    ]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("never runs a JavaScript frontmatter (gray-matter's ---js)", () => {
    const result = checkFiles({ "content/dynamiques/js.md": "---js\n{ title: (globalThis.ran = 'oui') }\n---\n" });
    expect((globalThis as Record<string, unknown>)["ran"]).toBeUndefined();
    expect(printed(result).map(plain)).toEqual([
      "content/dynamiques/js.md:1:1  le fichier doit commencer par un en-tête YAML entre deux lignes ---. Lancez « npm run new » pour obtenir un modèle.",
    ]);
  });

  it("refuses a huge file without reading it as content", () => {
    const result = checkFiles({ "content/dynamiques/enorme.md": entry("", "x".repeat(600 * 1024)) });
    expect(printed(result).map(plain)).toEqual([
      "content/dynamiques/enorme.md:1:1  le fichier pèse 601 Ko, au-delà de la limite de 512 Ko. Découpez le texte ou retirez les données collées par erreur.",
    ]);
  });
});

describe("files that are not what they seem", () => {
  it("refuses symbolic links, to files and to folders, even pointing inside content/", () => {
    const root = makeProject({});
    symlinkSync(join(root, "content", "dynamiques", "figeacteurs.md"), join(root, "content", "dynamiques", "lien.md"));
    mkdirSync(join(root, "ailleurs"));
    writeFileSync(join(root, "ailleurs", "secret.md"), "---\ntitle: secret\n---\n");
    symlinkSync(join(root, "ailleurs"), join(root, "content", "visites"));
    expect(printed(buildObservatory(root)).map(plain)).toEqual([
      "content/dynamiques/lien.md:1:1  les liens symboliques ne sont pas acceptés dans content/. Remplacez le lien par le fichier lui-même.",
      "content/visites:1:1  les liens symboliques ne sont pas acceptés dans content/. Remplacez le lien par le fichier lui-même.",
    ]);
  });

  it("refuses names that differ from a slug by case or accents, suggesting the slug", () => {
    const result = checkFiles({ "content/territoires/Figéac.md": "---\ntitle: Figeac\n---\n" });
    expect(printed(result).map(plain)).toEqual([
      "content/territoires/Figéac.md:1:1  le nom du fichier doit être en minuscules sans accents, avec des chiffres et des tirets. Renommez-le en « figeac.md ».",
    ]);
  });

  it("refuses files of other encodings, unknown folders and other file types, never skipping them", () => {
    const latin1 = new Uint8Array([...Buffer.from("---\ntitle: Pr"), 0xe9, ...Buffer.from("mery\n---\n")]);
    const result = checkFiles({
      "content/dynamiques/latin.md": latin1,
      "content/articles/note.md": "---\ntitle: note\n---\n",
      "content/dynamiques/notes.txt": "texte",
      "content/LISEZMOI.md": "texte",
    });
    expect(printed(result).map(plain)).toEqual([
      "content/articles:1:1  le dossier « articles » n’est pas un type de contenu. Placez le fichier dans content/dynamiques/, content/visites/, content/evenements/ ou content/territoires/.",
      "content/dynamiques/latin.md:1:1  le fichier n’est pas encodé en UTF-8. Enregistrez-le en UTF-8 (option « Encodage » de votre éditeur).",
      "content/dynamiques/notes.txt:1:1  seuls les fichiers Markdown (.md) sont acceptés dans content/. Renommez le fichier en .md ou retirez-le.",
      "content/LISEZMOI.md:1:1  ce fichier n’est dans aucun des quatre dossiers de contenu. Déplacez-le dans content/dynamiques/, content/visites/, content/evenements/ ou content/territoires/.",
    ]);
  });

  it("exits 1 on hostile input, with no stack trace", () => {
    const root = makeProject({ "content/dynamiques/bombe.md": `---\ntitle: ${"{".repeat(100_000)}\n---\n` });
    const result = runCli("check", [], root);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("content/dynamiques/bombe.md:2:1");
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);
  });
});
