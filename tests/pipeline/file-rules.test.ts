/**
 * The rules every content file follows, whatever its type, as load.ts and parse.ts apply
 * them: folders, names and extensions, UTF-8, the YAML frontmatter and its syntax, keys that
 * could reach a prototype. How the tables run: tests/helpers/rule-table.ts.
 */
import { describe, expect, it } from "vitest";
import { dynamique, pinnedErrors, table } from "../helpers/rule-table.ts";
import { plain } from "../helpers/fixture-project.ts";

table("files: frontmatter and YAML syntax", [
  { fixture: "fichiers/frontmatter.valid.md" },
  { fixture: "fichiers/frontmatter.invalid.md", error: { line: 1, message: /le fichier doit commencer par un en-tête YAML entre deux lignes ---/ } },
  { fixture: "fichiers/frontmatter.invalid-4.md", error: { line: 1, message: /le fichier doit commencer par un en-tête YAML/ } },
  { fixture: "fichiers/frontmatter.invalid-5.md", error: { line: 1, message: /le fichier doit commencer par un en-tête YAML/ } },
  { fixture: "fichiers/frontmatter.invalid-2.md", error: { line: 1, message: /l’en-tête YAML n’est pas refermé/ } },
  { fixture: "fichiers/frontmatter.invalid-3.md", error: { line: 2, message: /l’en-tête doit être une liste de champs/ } },
  { fixture: "fichiers/yaml-syntax.valid.md" },
  // « summary: Coopérative fictive : un PTCE… »: French spacing before a colon breaks YAML.
  { fixture: "fichiers/yaml-syntax.invalid.md", error: { line: 3, message: /erreur de syntaxe YAML\s: .*deux-points/ } },
  { fixture: "fichiers/yaml-syntax.invalid-2.md", error: { line: 6, message: /erreur de syntaxe YAML\s: ce champ est écrit deux fois/ } },
  { fixture: "fichiers/yaml-syntax.invalid-3.md", error: { line: 8, message: /erreur de syntaxe YAML\s: tabulation utilisée pour l’indentation/ } },
]);

table("files: encoding", [
  {
    fixture: "fichiers/encoding.valid.md",
    bytes: "bom-crlf",
    then: (r) => {
      const entry = dynamique(r);
      expect(plain(entry.title)).toBe("Coopérative de test");
      expect(entry.summary).not.toContain("\r");
      expect(entry.bodyHtml).toContain("Écrit sous Windows");
      expect(entry.bodyHtml).not.toContain("\r");
    },
  },
  { fixture: "fichiers/encoding.invalid.md", bytes: "latin1", error: { line: 1, message: /le fichier n’est pas encodé en UTF-8/ } },
]);

table("files: folders, extensions and names", [
  { fixture: "fichiers/folder.valid.md", at: "content/dynamiques/fixture.md" },
  {
    fixture: "fichiers/folder.invalid.md",
    at: "content/autres/fixture.md",
    error: { file: "content/autres", line: 1, message: /le dossier\s«\sautres\s» n’est pas un type de contenu/ },
  },
  {
    fixture: "fichiers/folder.invalid.md",
    at: "content/dynamique/fixture.md",
    error: { file: "content/dynamique", line: 1, message: /n’est pas un type de contenu.*Vouliez-vous dire\s«\sdynamiques\s»/ },
  },
  {
    fixture: "fichiers/folder.invalid.md",
    at: "content/dynamiques/archives/fixture.md",
    error: { file: "content/dynamiques/archives", line: 1, message: /le dossier\s«\sdynamiques\/archives\s» n’est pas un type de contenu/ },
  },
  {
    fixture: "fichiers/folder.invalid.md",
    at: "content/fixture.md",
    error: { line: 1, message: /content\/dynamiques\/, content\/visites\/, content\/evenements\/ ou content\/territoires\// },
  },
  {
    fixture: "fichiers/extension.invalid.md",
    at: "content/dynamiques/fixture.txt",
    error: { line: 1, message: /seuls les fichiers Markdown \(\.md\) sont acceptés/ },
  },
  {
    fixture: "fichiers/extension.invalid.md",
    at: "content/dynamiques/fixture.markdown",
    error: { line: 1, message: /seuls les fichiers Markdown \(\.md\) sont acceptés/ },
  },
  { fixture: "fichiers/file-name.valid.md", at: "content/dynamiques/cafe-solidaire-2.md" },
  {
    fixture: "fichiers/file-name.invalid.md",
    at: "content/dynamiques/Figeac-Fixture.md",
    error: { line: 1, message: /le nom du fichier doit être en minuscules.*Renommez-le en\s«\sfigeac-fixture\.md\s»/ },
  },
  {
    fixture: "fichiers/file-name.invalid.md",
    at: "content/dynamiques/café_solidaire.md",
    error: { line: 1, message: /Renommez-le en\s«\scafe-solidaire\.md\s»/ },
  },
]);

const notPolluted = () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  expect(({} as any).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
};

table("files: keys that could reach a prototype", [
  {
    fixture: "fichiers/forbidden-key.invalid.md",
    error: { line: 6, message: /le nom de champ\s«\s__proto__\s» est interdit/ },
    then: notPolluted,
  },
  {
    fixture: "fichiers/forbidden-key.invalid-2.md",
    error: { line: 8, message: /le nom de champ\s«\sconstructor\s» est interdit/ },
    then: notPolluted,
  },
  { fixture: "fichiers/forbidden-key.invalid-3.md", error: { line: 6, message: /le nom de champ\s«\sprototype\s» est interdit/ } },
]);

describe("the whole error a contributor reads (file:line:column, French message, catalogue key)", () => {
  it("a file without frontmatter", () => {
    expect(pinnedErrors({ fixture: "fichiers/frontmatter.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:1:1  le fichier doit commencer par un en-tête YAML entre deux lignes ---. Lancez « npm run new » pour obtenir un modèle.
        [noFrontmatter]"
    `);
  });
  it("a YAML syntax error: French spacing before a colon", () => {
    expect(pinnedErrors({ fixture: "fichiers/yaml-syntax.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:3:10  erreur de syntaxe YAML⍽: structure incorrecte (deux-points manquant ou en trop ?). Vérifiez l’indentation, les deux-points et les guillemets.
        [yamlSyntax]"
    `);
  });
  it("a file not in UTF-8", () => {
    expect(pinnedErrors({ fixture: "fichiers/encoding.invalid.md", bytes: "latin1" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:1:1  le fichier n’est pas encodé en UTF-8. Enregistrez-le en UTF-8 (option « Encodage » de votre éditeur).
        [fileNotUtf8]"
    `);
  });
  it("a misspelt folder, with the closest one", () => {
    expect(pinnedErrors({ fixture: "fichiers/folder.invalid.md", at: "content/dynamique/fixture.md" })).toMatchInlineSnapshot(`
      "content/dynamique:1:1  le dossier «⍽dynamique⍽» n’est pas un type de contenu. Placez le fichier dans content/dynamiques/, content/visites/, content/evenements/ ou content/territoires/. Vouliez-vous dire «⍽dynamiques⍽»⍽?
        [unknownFolder]"
    `);
  });
  it("a file name in capitals", () => {
    expect(pinnedErrors({ fixture: "fichiers/file-name.invalid.md", at: "content/dynamiques/Figeac-Fixture.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/Figeac-Fixture.md:1:1  le nom du fichier doit être en minuscules sans accents, avec des chiffres et des tirets. Renommez-le en «⍽figeac-fixture.md⍽».
        [invalidFileName]"
    `);
  });
  it("a key that could reach a prototype", () => {
    expect(pinnedErrors({ fixture: "fichiers/forbidden-key.invalid.md" })).toMatchInlineSnapshot(`
      "content/dynamiques/fixture.md:6:1  le nom de champ «⍽__proto__⍽» est interdit. Retirez-le.
        [forbiddenKey]"
    `);
  });
});
