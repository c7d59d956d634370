/**
 * Builds a throwaway project folder for a test: the real `data/` vocabularies plus
 * the content files the test gives, so that the real pipeline runs on them.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach } from "vitest";
import { contentOnDisk } from "../../scripts/pipeline/content-sources.ts";
import { type PipelineResult, runPipeline } from "../../scripts/pipeline/pipeline.ts";
import { formatError } from "../../scripts/errors/content-error.ts";

export const PROJECT_ROOT = join(import.meta.dirname, "..", "..");

const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A valid territory and dynamic most fixtures can refer to. */
export const BASE_FILES: Record<string, string> = {
  "content/territoires/figeac.md": `---
title: Figeac
scale: commune
code: "46102"
summary: Commune du Lot, siège du PTCE Figeacteurs et de son écosystème.
---
Figeac est une commune du Lot.
`,
  "content/dynamiques/figeacteurs.md": `---
title: Figeacteurs
summary: Pôle territorial de coopération économique du Figeacois, autour de l’emploi local.
kind: ptce
territory: figeac
sources:
  - title: Le Labo de l’ESS en visite à Figeac
---
`,
};

/** Writes the files (path → text or bytes) into a fresh project folder and returns its root. */
export function makeProject(files: Record<string, string | Uint8Array>, { withBase = true } = {}): string {
  const root = mkdtempSync(join(tmpdir(), "observatoire-test-"));
  created.push(root);
  cpSync(join(PROJECT_ROOT, "data"), join(root, "data"), { recursive: true });
  mkdirSync(join(root, "content"));
  for (const [path, text] of Object.entries({ ...(withBase ? BASE_FILES : {}), ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Runs the pipeline on a project made of these files. */
export function checkFiles(files: Record<string, string | Uint8Array>, options?: { withBase?: boolean }): PipelineResult {
  return runPipeline(contentOnDisk(makeProject(files, options)));
}

/** The errors as `check` prints them, for readable assertions and inline snapshots. */
export function printed(result: PipelineResult): string[] {
  return result.errors.map(formatError);
}

/** French typography puts no-break spaces before « : ? ! » and inside « »; tests read them as spaces. */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ");
}
