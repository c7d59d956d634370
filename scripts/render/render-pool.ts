/**
 * Renders every contributor text before `resolve`, spread over worker threads: Markdown,
 * sanitising and typography are most of the pipeline's time, and each text is independent
 * of the others. The result is exactly what inline rendering gives, only sooner on a
 * machine with several cores; anything not sent to a worker is rendered inline.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { TextRendering, ValidFile } from "../model/content-files.ts";
import { renderBody, typesetText } from "./contributor-text.ts";
import type { TextBatch } from "./text-worker.ts";
import { oneAnswer } from "../workers/one-answer.ts";
import { ownShortTexts } from "../content-types/entries.ts";

/** Below this many files, starting workers costs more than it saves. */
const MINIMUM_FILES = 200;

/** Every short text `resolve` typesets for a file: titles, summaries, source titles, and its type's own (places, sessions). */
function shortTexts(file: ValidFile): string[] {
  const common = [file.data.title, file.data.summary];
  if (file.type === "territoires") return common;
  return [...common, ...file.data.sources.map((source) => source.title), ...ownShortTexts(file)];
}

function runBatch(batch: TextBatch): Promise<TextBatch> {
  return oneAnswer<TextBatch>(new Worker(new URL("./text-worker.mjs", import.meta.url)), batch, "le rendu des textes");
}

export async function renderInParallel(files: readonly ValidFile[], threads = availableParallelism()): Promise<TextRendering> {
  const inline: TextRendering = { body: (file) => renderBody(file.body), text: typesetText };
  // Drafts are checked but never published: their text is never shown.
  const published = files.filter((file) => file.data.draft !== true);
  if (threads < 2 || published.length < MINIMUM_FILES) return inline;

  const texts = [...new Set(published.flatMap(shortTexts))];
  const shares = Array.from({ length: threads }, (_, share) => ({
    files: published.filter((_, index) => index % threads === share),
    texts: texts.filter((_, index) => index % threads === share),
  }));
  // The first share is rendered here while the workers render the others: one worker fewer
  // to start and to hold in memory, and no core left idle.
  const pending = shares.slice(1).map((share) => runBatch({ bodies: share.files.map((file) => file.body), texts: share.texts }));
  const first = shares[0] ?? { files: [], texts: [] };
  const own: TextBatch = { bodies: first.files.map((file) => renderBody(file.body)), texts: first.texts.map(typesetText) };
  const results = [own, ...(await Promise.all(pending))];

  const bodies = new Map<string, string>();
  const typeset = new Map<string, string>();
  shares.forEach((share, index) => {
    const result = results[index];
    share.files.forEach((file, position) => bodies.set(file.path, result?.bodies[position] ?? renderBody(file.body)));
    share.texts.forEach((text, position) => typeset.set(text, result?.texts[position] ?? typesetText(text)));
  });
  return {
    body: (file) => bodies.get(file.path) ?? renderBody(file.body),
    text: (text) => typeset.get(text) ?? typesetText(text),
  };
}
