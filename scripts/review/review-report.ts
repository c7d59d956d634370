/**
 * `npm run diff`'s whole work: the site of the base revision and the site of the working
 * tree, each built by the pipeline from its own content and settings, then compared.
 */
import { messages } from "../errors/catalogue.ts";
import type { ContentError } from "../errors/content-error.ts";
import { readSiteSettings } from "../publish/site-settings.ts";
import { extractRevision } from "./base-revision.ts";
import { changesMarkdown, errorsMarkdown } from "./changes-markdown.ts";
import { siteChanges } from "./site-changes.ts";
import { siteModel } from "./site-model.ts";

/** The Markdown report of what the working tree at `root` changes on the site of `revision`. */
export async function reviewReport(root: string, revision: string): Promise<string> {
  const base = await extractRevision(root, revision);
  try {
    const head = await siteModel(root);
    // Errors of the version under review come first: they are the contributor's to fix.
    if (!head.observatory) return errorsMarkdown(messages.diffHeadHasErrors(counts(head.errors)), head.errors);
    const before = await siteModel(base.root);
    if (!before.observatory) return errorsMarkdown(messages.diffBaseHasErrors({ base: revision, ...counts(before.errors) }), before.errors);
    const sites = { base: readSiteSettings(base.root), head: readSiteSettings(root) };
    return changesMarkdown(siteChanges(before.observatory, head.observatory), revision, sites);
  } finally {
    base.dispose();
  }
}

function counts(errors: readonly ContentError[]): { errors: number; files: number } {
  return { errors: errors.length, files: new Set(errors.map((error) => error.file)).size };
}
