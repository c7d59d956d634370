/**
 * A small site with images, built with `npm run build`'s command: the base territory and
 * dynamic, and a cooperative whose entry has an `image` (a 1 600 × 1 000 photo) and an image
 * in its text (a 600 × 400 diagram). `settings` overrides fields of `data/site.json`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { BASE_FILES } from "./fixture-project.ts";
import { expectBuilt, makeSiteProject, runCli } from "./run-cli.ts";

export const IMAGE_ENTRY = `---
title: Coopérative Oxalis
summary: Coopérative d’activité et d’emploi, décrite pour vérifier la publication des images.
kind: ptce
territory: figeac
image:
  src: oxalis.jpg
  alt: Façade de la coopérative
  credit: "Photo : Marie Dupont, CC BY 4.0"
sources:
  - title: Le Labo de l’ESS en visite à Figeac
---
La coopérative en 2019.

![Plan des ateliers](../medias/plan.png)
`;

export interface ImageSiteOptions {
  /** Fields of `data/site.json` to override. */
  readonly settings?: Record<string, unknown>;
  /** The text of `content/dynamiques/oxalis.md`, which must use `oxalis.jpg` and `plan.png`. */
  readonly entry?: string;
}

/** The project's root; its site is in `_site/`. */
export async function buildImageSite({ settings = {}, entry = IMAGE_ENTRY }: ImageSiteOptions = {}): Promise<string> {
  const root = makeSiteProject({ files: { ...BASE_FILES, "content/dynamiques/oxalis.md": entry } });
  const medias = join(root, "content", "medias");
  mkdirSync(medias);
  // A photo wider than every published width, and a diagram narrower than the largest.
  const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 180, g: 90, b: 40 } } });
  await solid(1600, 1000).jpeg().toFile(join(medias, "oxalis.jpg"));
  await solid(600, 400).png().toFile(join(medias, "plan.png"));
  const settingsPath = join(root, "data", "site.json");
  writeFileSync(settingsPath, JSON.stringify({ ...JSON.parse(readFileSync(settingsPath, "utf8")), ...settings }));
  expectBuilt(runCli("build", [], root));
  return root;
}
