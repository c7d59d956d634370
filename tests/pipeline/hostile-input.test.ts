/**
 * Files built to hurt the checker: each one is refused quickly, with a French
 * message naming the file and line, and without side effects. And files that are no
 * content at all, left by editors and systems: passed by without a word.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BASE_FILES, makeProject, plain, printed, checkFiles } from "../helpers/fixture-project.ts";
import { contentOnDisk } from "../../scripts/pipeline/content-sources.ts";
import { runPipeline } from "../../scripts/pipeline/pipeline.ts";
import { MAX_BODY_NESTING, measuredLineDeeperThan, nestingBound } from "../../scripts/pipeline/body-nesting.ts";
import { listContent, readListing } from "../../scripts/pipeline/load.ts";
import { ContentStore } from "../../scripts/preview/content-store.ts";
import { expectBuilt, makeSiteProject, removeProject, runCli } from "../helpers/run-cli.ts";

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
    expect(printed(runPipeline(contentOnDisk(root))).map(plain)).toEqual([
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

/** The body starts on line 9 of an `entry("")` file. */
const BODY_LINE = 9;
const TOO_DEEP = `le texte imbrique citations (« > »), listes, mises en forme ou balises HTML sur plus de ${MAX_BODY_NESTING} niveaux à partir de cette ligne : au-delà, le site ne pourrait pas l’afficher en entier. Mettez moins de citations et de listes les unes dans les autres, et refermez chaque balise HTML ouverte.`;

/** Lists nested `depth` deep, one level per line, `deepest` in the innermost. */
const nestedLists = (depth: number, deepest: string) =>
  Array.from({ length: depth }, (_, level) => `${"  ".repeat(level)}- ${level === depth - 1 ? deepest : `niveau ${level + 1}`}`).join("\n");

describe("bodies nested too deep", () => {
  it("are refused at the line where they go too deep: HTML tags, blockquotes, lists", () => {
    const result = checkFiles({
      // Five thousand tags, one per line: the 21st opens on the body's 23rd line.
      "content/dynamiques/balises.md": entry("", `Introduction.\n\n${"<div>\n".repeat(5000)}texte\n`),
      "content/dynamiques/en-ligne.md": entry("", `Introduction.\n\nUn ${"<span><em>".repeat(2500)}texte\n`),
      // markdown-it drops, without a word, what lies past a hundred levels of blocks.
      "content/dynamiques/citations.md": entry("", `Avant.\n\n${">".repeat(150)} texte perdu\n`),
      "content/dynamiques/listes.md": entry("", `Avant.\n\n${nestedLists(30, "texte perdu")}\n`),
    });
    expect(printed(result).map(plain)).toEqual([
      `content/dynamiques/balises.md:${BODY_LINE + 22}:1  ${TOO_DEEP}`,
      `content/dynamiques/citations.md:${BODY_LINE + 2}:1  ${TOO_DEEP}`,
      `content/dynamiques/en-ligne.md:${BODY_LINE + 2}:1  ${TOO_DEEP}`,
      `content/dynamiques/listes.md:${BODY_LINE + 22}:1  ${TOO_DEEP}`,
    ]);
    expect(result.observatory).toBeUndefined();
  });

  it("are refused by the preview's store too", () => {
    const root = makeProject({ "content/dynamiques/citations.md": entry("", `${">".repeat(150)} texte\n`) });
    expect(new ContentStore(root).refresh().content.errors.map((error) => `${error.file}:${error.line}  ${plain(error.message)}`)).toEqual([
      `content/dynamiques/citations.md:${BODY_LINE}  ${TOO_DEEP}`,
    ]);
  });

  it("stop check and build with a French error, exit 1, no stack trace and no staging folder", () => {
    // Five thousand nested <em> overflowed posthtml's stack in Eleventy's HTML transform.
    const root = makeSiteProject({ files: { ...BASE_FILES, "content/dynamiques/profond.md": entry("", `Un ${"<em>".repeat(5000)}texte\n`) } });
    try {
      for (const command of ["check", "build"] as const) {
        const result = runCli(command, [], root);
        const output = plain(result.stdout + result.stderr);
        expect(result.status, output).toBe(1);
        expect(output).toContain(`content/dynamiques/profond.md:${BODY_LINE}:1  ${TOO_DEEP}`);
        expect(output).not.toMatch(/^\s+at |RangeError|Maximum call stack/m);
      }
      expect(readdirSync(root).filter((name) => name.startsWith("_site"))).toEqual([]);
    } finally {
      removeProject(root);
    }
  });

  it("build a body at the limit whole, siblings counting as one level, and refuse one level more", () => {
    const limit = MAX_BODY_NESTING;
    const atLimit = [
      "Ouverture.",
      `${"> ".repeat(limit)}profond-citation`,
      nestedLists(limit, "profond-liste"),
      `${"<blockquote>\n".repeat(limit)}profond-html\n${"</blockquote>\n".repeat(limit)}`,
      // Siblings are not levels: unclosed <p> and <li>, many links, tags inside a comment.
      `<ul>\n${"<li>élément\n".repeat(3 * limit)}</ul>`,
      "<p>paragraphe\n".repeat(3 * limit),
      Array.from({ length: 3 * limit }, (_, index) => `[lien ${index}](https://exemple.fr/${index})`).join(" "),
      `<!-- ${"<div>".repeat(3 * limit)} -->`,
      "Clôture.",
    ].join("\n\n");
    const root = makeSiteProject({
      files: {
        ...BASE_FILES,
        "content/dynamiques/limite.md": entry("", `${atLimit}\n`),
        "content/dynamiques/au-dela.md": entry("", `${"> ".repeat(limit + 1)}un niveau de trop\n`),
      },
    });
    try {
      const refused = runCli("build", [], root);
      expect(refused.status).toBe(1);
      expect(plain(refused.stdout + refused.stderr)).toContain(`content/dynamiques/au-dela.md:${BODY_LINE}:1  ${TOO_DEEP}`);
      expect(refused.stdout + refused.stderr).not.toContain("limite.md");

      rmSync(join(root, "content/dynamiques/au-dela.md"));
      expectBuilt(runCli("build", [], root));
      const page = readFileSync(join(root, "_site/dynamiques/limite/index.html"), "utf8");
      for (const text of ["Ouverture", "profond-citation", "profond-liste", "profond-html", "lien 59", "Clôture"]) {
        expect(page).toContain(text);
      }
      expect(page.match(/<blockquote>/g)).toHaveLength(2 * limit);
      expect(page.match(/<ul>/g)?.length).toBeGreaterThanOrEqual(limit);
    } finally {
      removeProject(root);
    }
  });

  it("are found by a bound that never counts fewer levels than markdown-it's tokens hold", () => {
    const pieces = [
      ">", "> ", "- ", "* ", "+ ", "1. ", "2) ", "  ", "    ", "\t", "*", "**", "_", "~~", "[", "](u)", "[x](y)", "<em>", "</em>",
      "<p>", "<li>", "<ul>", "<div>", "</div>", "<br>", "<!--", "-->", "<https://a.fr>", "texte", " ", "\n", "\n\n", "`", "```\n", "|a|b|\n|-|-|\n",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 200 }), (parts) => {
        const body = parts.join("");
        expect(measuredLineDeeperThan(body, nestingBound(body))).toBeUndefined();
      }),
      { numRuns: 300, seed: 20_181_030 },
    );
  });
});

/** What editors and systems leave in content/, by kind; none of it is content. */
const LEFTOVERS: Record<string, string | Uint8Array> = {
  "content/.DS_Store": new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31, 0xff, 0xfe]),
  "content/dynamiques/.DS_Store": new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31, 0xff, 0xfe]),
  "content/dynamiques/figeacteurs.md~": BASE_FILES["content/dynamiques/figeacteurs.md"] as string,
  "content/dynamiques/.figeacteurs.md.swp": new Uint8Array([0x62, 0x30, 0x56, 0x49, 0x4d, 0x20, 0xff, 0x00]),
  "content/dynamiques/#figeacteurs.md#": "---\ntitle: brouillon d’Emacs\n",
  "content/.obsidian/app.json": "{}",
  "content/territoires/.brouillons/vieux.md": "rien",
};
/** Emacs's lock file is a symbolic link to nowhere. */
const EMACS_LOCK = "content/dynamiques/.#figeacteurs.md";

function addLeftovers(root: string): void {
  for (const [path, bytes] of Object.entries(LEFTOVERS)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  symlinkSync("contributrice@poste.4242:1700000000", join(root, EMACS_LOCK));
}

describe("files left behind by editors and systems", () => {
  it.each([...Object.keys(LEFTOVERS), EMACS_LOCK])("ignores %s, without an error", (path) => {
    const root = makeProject({});
    addLeftovers(root);
    for (const other of [...Object.keys(LEFTOVERS), EMACS_LOCK].filter((name) => name !== path)) rmSync(join(root, other), { force: true, recursive: true });
    const result = runPipeline(contentOnDisk(root));
    expect(printed(result)).toEqual([]);
    expect(result.files).toEqual(Object.keys(BASE_FILES).sort());
  });

  it("still refuses any other unexpected file beside them, in check and in the preview's store", () => {
    const root = makeProject({ "content/dynamiques/notes.txt": "texte" });
    addLeftovers(root);
    const expected = ["content/dynamiques/notes.txt:1:1  seuls les fichiers Markdown (.md) sont acceptés dans content/. Renommez le fichier en .md ou retirez-le."];
    expect(printed(runPipeline(contentOnDisk(root))).map(plain)).toEqual(expected);
    expect(new ContentStore(root).refresh().content.errors.map((error) => plain(`${error.file}:${error.line}:${error.column}  ${error.message}`))).toEqual(expected);
  });

  it("ignores a file gone between listing and reading, and still reports a stray that stays", () => {
    // `sed -i` writes `sedXXXXXX` beside the file it edits, then renames it over the file.
    const root = makeProject({ "content/dynamiques/brouillon.md": "---\ntitle: Brouillon\n---\n", "content/dynamiques/sedA1b2C3": "x", "content/dynamiques/notes.txt": "texte" });
    const listing = listContent(root);
    rmSync(join(root, "content/dynamiques/brouillon.md"));
    rmSync(join(root, "content/dynamiques/sedA1b2C3"));
    const loaded = readListing(listing);
    expect(loaded.errors.map((error) => error.file)).toEqual(["content/dynamiques/notes.txt"]);
    expect(loaded.files.map((file) => file.path)).toEqual(Object.keys(BASE_FILES).sort());
  });

  it("lets check and build pass, with every kind of leftover in content/", () => {
    const root = makeSiteProject({ files: BASE_FILES });
    try {
      addLeftovers(root);
      const checked = runCli("check", [], root);
      expect(checked.status, checked.stdout + checked.stderr).toBe(0);
      expect(plain(checked.stdout)).toContain("2 fichiers vérifiés");
      expectBuilt(runCli("build", [], root));
      expect(existsSync(join(root, "_site/dynamiques/figeacteurs/index.html"))).toBe(true);
    } finally {
      removeProject(root);
    }
  });
});
