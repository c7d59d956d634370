/**
 * Keeps the generated part of CONTRIBUTING.md in step with `data/` and the schemas. `check`
 * and `build` call it, not only `npm run docs`: a contributor who adds a theme to
 * data/themes.json, as CONTRIBUTING says, gets the guide updated by the `check` they run
 * anyway, instead of a failing test for a step nobody told them about.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { messages } from "../errors/catalogue.ts";
import { describeError } from "../errors/describe-error.ts";
import type { Vocabulary } from "../content-types/vocabulary.ts";
import { BEGIN_MARKER, END_MARKER, withFieldTables } from "./contributor-fields.ts";

export const GUIDE_FILE = "CONTRIBUTING.md";

/**
 * `updated`: the guide was rewritten; `current`: it already said what the schemas say;
 * `absent`: there is no guide with generated tables here (a test project, or an observatory
 * that removed them), which is nobody's mistake.
 */
export type GuideRefresh = "updated" | "current" | "absent";

export function refreshGuide(root: string, vocabulary: Vocabulary): GuideRefresh {
  const path = join(root, GUIDE_FILE);
  if (!existsSync(path)) return "absent";
  const guide = readFileSync(path, "utf8");
  if (!guide.includes(BEGIN_MARKER) || !guide.includes(END_MARKER)) return "absent";
  const updated = withFieldTables(guide, vocabulary);
  if (updated === guide) return "current";
  writeFileSync(path, updated);
  return "updated";
}

/**
 * What `check` and `build` say about the guide, in one French line: nothing when it was up to
 * date. A guide that cannot be written is said, not fatal: the content itself is still checked.
 */
export function refreshGuideNotice(root: string, vocabulary: Vocabulary): string | undefined {
  try {
    return refreshGuide(root, vocabulary) === "updated" ? messages.guideUpdated() : undefined;
  } catch (error) {
    return messages.guideNotUpdated({ detail: describeError(error) });
  }
}
