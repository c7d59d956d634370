/**
 * The image rules of the contributor contract (CONTENT-MODEL.md, « Images »), one row per
 * rule as in the rule tables (tests/helpers/rule-table.ts): a Markdown fixture of tests/fixtures/rules/images/ and the
 * images it needs, made here with sharp (a few hundred bytes each), in a throwaway project
 * checked by the real pipeline. Files of content/medias/ are checked by the same runs.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { PipelineResult } from "../../scripts/pipeline/pipeline.ts";
import { PROJECT_ROOT, checkFiles, plain, printed } from "../helpers/fixture-project.ts";

const FIXTURES = join(PROJECT_ROOT, "tests", "fixtures", "rules", "images");

type Format = "jpeg" | "png" | "webp" | "avif";
const images = new Map<Format, Buffer>();

/** A small real image of each accepted format. */
beforeAll(async () => {
  for (const format of ["jpeg", "png", "webp", "avif"] as const) {
    const canvas = sharp({ create: { width: 24, height: 16, channels: 3, background: { r: 40, g: 120, b: 90 } } });
    images.set(format, await canvas.toFormat(format).toBuffer());
  }
});

const image = (format: Format) => images.get(format) as Buffer;

/** The images most fixtures refer to. */
const MEDIA = (): Record<string, Buffer> => ({
  "content/medias/oxalis.jpg": image("jpeg"),
  "content/medias/oxalis.png": image("png"),
  "content/medias/salle.webp": image("webp"),
  "content/medias/groupe.avif": image("avif"),
});

interface Row {
  readonly fixture: string;
  readonly at?: string;
  readonly error?: { readonly line: number; readonly column?: number; readonly message: RegExp };
  readonly then?: (result: PipelineResult) => void;
}

function run(row: Row): { result: PipelineResult; at: string } {
  const at = row.at ?? "content/dynamiques/fixture.md";
  return { result: checkFiles({ ...MEDIA(), [at]: readFileSync(join(FIXTURES, row.fixture), "utf8") }), at };
}

const ROWS: Row[] = [
  {
    fixture: "image.valid.md",
    then: (result) => {
      const entry = result.observatory?.dynamiques.find((e) => e.slug === "fixture");
      // Typeset like every short text: no-break spaces where French typography puts them.
      expect({ ...entry?.image, alt: plain(entry?.image?.alt ?? ""), credit: plain(entry?.image?.credit ?? "") }).toEqual({
        src: "oxalis.jpg",
        alt: "Façade de la coopérative, rue principale",
        credit: "Photo : Marie Dupont, CC BY 4.0",
      });
    },
  },
  { fixture: "image.valid-2.md", then: (result) => expect(result.observatory?.dynamiques.find((e) => e.slug === "fixture")?.image?.src).toBe("oxalis.jpg") },
  { fixture: "image.invalid.md", error: { line: 9, message: /^image « oxalys\.jpg » introuvable dans content\/medias\/\. Vouliez-vous dire « oxalis\.jpg » \? Ajoutez le fichier à content\/medias\/, avec son auteur et sa licence dans « credit »\.$/ } },
  { fixture: "image.invalid-2.md", error: { line: 9, message: /^image d’un autre site refusée \(« https:\/\/example\.org\/oxalis\.jpg »\) : elle ne s’afficherait pas hors connexion .*Ajoutez le fichier à content\/medias\// } },
  { fixture: "image.invalid-3.md", error: { line: 10, message: /^le champ « image\.alt » est trop court \(3 caractères, minimum 5\)\.$/ } },
  { fixture: "image.invalid-4.md", error: { line: 9, message: /^champ « image\.alt » obligatoire manquant\.$/ } },
  { fixture: "image.invalid-5.md", error: { line: 11, message: /^champ « image\.legende » inconnu\. .*Champs possibles : src, alt, credit\.$/ } },
  { fixture: "image.invalid-6.md", error: { line: 9, message: /^« photos\/oxalis\.jpg » n’est pas un nom d’image de content\/medias\/\./ } },
  { fixture: "visite-image.valid.md", at: "content/visites/fixture.md" },
  { fixture: "visite-image.invalid.md", at: "content/visites/fixture.md", error: { line: 8, message: /^le champ « image » doit être un ensemble de champs/ } },
  { fixture: "evenement-image.valid.md", at: "content/evenements/fixture.md" },
  { fixture: "evenement-image.invalid.md", at: "content/evenements/fixture.md", error: { line: 10, message: /^le champ « image\.alt » est vide\./ } },
  {
    fixture: "territoire-image.valid.md",
    at: "content/territoires/fixture.md",
    then: (result) => expect(result.observatory?.territories.find((t) => t.slug === "fixture")?.image?.src).toBe("oxalis.png"),
  },
  { fixture: "territoire-image.invalid.md", at: "content/territoires/fixture.md", error: { line: 7, message: /^image « pont\.jpg » introuvable dans content\/medias\/\./ } },
  { fixture: "body-image.valid.md" },
  {
    fixture: "body-image.invalid.md",
    error: { line: 11, column: 7, message: /^image d’un autre site refusée \(« https:\/\/example\.org\/oxalis\.jpg »\) : .*Ajoutez le fichier à content\/medias\/, avec son crédit .*!\[description\]\(\.\.\/medias\/nom\.jpg\)\.$/ },
  },
  { fixture: "body-image.invalid-2.md", error: { line: 11, column: 1, message: /^image « oxalys\.jpg » introuvable dans content\/medias\/\. Vouliez-vous dire « oxalis\.jpg » \?/ } },
  { fixture: "body-image.invalid-3.md", error: { line: 12, column: 3, message: /^l’image « \.\.\/medias\/oxalis\.jpg » n’a pas de texte de remplacement\./ } },
  { fixture: "body-image.invalid-4.md", error: { line: 9, column: 1, message: /^l’image « \.\/oxalis\.jpg » n’est pas dans content\/medias\/\. Placez le fichier dans content\/medias\// } },
  { fixture: "body-image.invalid-5.md", error: { line: 11, column: 7, message: /^image d’un autre site refusée \(« http:\/\/tracker\.example\/pixel\.gif »\)/ } },
  { fixture: "body-image.invalid-6.md", error: { line: 10, column: 1, message: /^image d’un autre site refusée \(« https:\/\/example\.org\/x\.png »\)/ } },
  {
    fixture: "body-image.invalid-7.md",
    error: { line: 11, column: 20, message: /^image « \.\.\/medias\/oxalis\.jpg » écrite en HTML \(<img>\) : .*Écrivez-la en Markdown, .*!\[description\]\(\.\.\/medias\/nom\.jpg\)\.$/ },
  },
];

describe("image fields and body images", () => {
  for (const row of ROWS) {
    it(`${row.fixture}${row.error ? ` → line ${row.error.line}` : ""}`, () => {
      const { result, at } = run(row);
      if (row.error) {
        expect(result.observatory).toBeUndefined();
        const errors = result.errors.map((error) => ({ ...error, message: plain(error.message) }));
        expect(errors).toContainEqual(
          expect.objectContaining({
            file: at,
            line: row.error.line,
            ...(row.error.column === undefined ? {} : { column: row.error.column }),
            message: expect.stringMatching(row.error.message),
          }),
        );
        expect(printed(result).filter((line) => !line.startsWith(`${at}:`))).toEqual([]);
      } else {
        expect(printed(result)).toEqual([]);
        expect(result.observatory).toBeDefined();
      }
      row.then?.(result);
    });
  }

  it("uses every fixture of tests/fixtures/rules/images/", () => {
    const used = new Set(ROWS.map((row) => row.fixture));
    expect(readdirSync(FIXTURES).filter((name) => !used.has(name))).toEqual([]);
  });
});

describe("content/medias/", () => {
  const entry = { "content/dynamiques/fixture.md": readFileSync(join(FIXTURES, "image.valid.md"), "utf8") };
  const errorsOf = (files: Record<string, string | Uint8Array>) => printed(checkFiles({ ...MEDIA(), ...entry, ...files })).map(plain);

  it("accepts jpg, jpeg, png, webp and avif images with a lowercase name", () => {
    expect(errorsOf({ "content/medias/photo-2019.v2.jpeg": image("jpeg") })).toEqual([]);
  });

  it("refuses a SVG, saying why", () => {
    expect(errorsOf({ "content/medias/schema.svg": "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>" })).toEqual([
      "content/medias/schema.svg:1:1  les images SVG ne sont pas acceptées, car elles peuvent contenir des scripts. Exportez l’image en PNG (schéma, dessin) ou en JPEG (photo).",
    ]);
  });

  it("refuses other files, names with capitals or spaces, fake images and sub-folders", () => {
    expect(
      errorsOf({
        "content/medias/notes.txt": "notes",
        "content/medias/Photo Oxalis.JPG": image("jpeg"),
        "content/medias/faux.jpg": "ce n’est pas une image",
        "content/medias/archives/vieux.jpg": image("jpeg"),
      }),
    ).toEqual([
      "content/medias/archives:1:1  content/medias/ ne contient que des images, sans sous-dossier. Placez les images directement dans content/medias/.",
      "content/medias/faux.jpg:1:1  ce fichier n’est pas une image lisible du format que dit son extension. Ouvrez-le dans un logiciel d’images et réenregistrez-le en JPEG, PNG, WebP ou AVIF.",
      "content/medias/notes.txt:1:1  seules les images JPEG, PNG, WebP et AVIF (.jpg, .jpeg, .png, .webp, .avif) sont acceptées dans content/medias/. Convertissez le fichier ou retirez-le.",
      "content/medias/Photo Oxalis.JPG:1:1  le nom d’une image doit être en minuscules sans accents, avec des chiffres, des tirets et des points. Renommez-la en « photo-oxalis.jpg ».",
    ]);
  });

  it("refuses an image over 10 MB", () => {
    const heavy = new Uint8Array(10 * 1024 * 1024 + 1);
    heavy.set(image("jpeg"));
    expect(errorsOf({ "content/medias/lourde.jpg": heavy })).toEqual([
      "content/medias/lourde.jpg:1:1  l’image pèse 10,1 Mo, au-delà de la limite de 10 Mo. Réduisez-la (2 400 pixels de large suffisent) ou enregistrez-la plus compressée.",
    ]);
  });

  it("tells where an image left beside the entries belongs", () => {
    const message = "les images se placent dans content/medias/. Déplacez-y ce fichier, puis citez-le dans le texte par ![description](../medias/nom.jpg) ou dans le champ « image ».";
    expect(errorsOf({ "content/dynamiques/oxalis.jpg": image("jpeg"), "content/plan.png": image("png") })).toEqual([
      `content/dynamiques/oxalis.jpg:1:1  ${message}`,
      `content/plan.png:1:1  ${message}`,
    ]);
  });
});
