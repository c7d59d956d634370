/**
 * A version's changes to the site, in French Markdown: what an editor reviewing a pull
 * request reads in its summary, each page linked to its address on the published site.
 */
import { messages } from "../errors/catalogue.ts";
import { type ContentError, formatError } from "../errors/content-error.ts";
import type { PageSetName } from "../model/page-sets.ts";
import { LABELS } from "../content-types/registry.ts";
import type { SiteSettings } from "../publish/site-settings.ts";
import type { PageRef, SiteChanges } from "./site-changes.ts";

const NBSP = "\u00a0";

/** What each kind of page is called in a list. */
const PAGE_KINDS: Record<PageSetName, string> = {
  dynamiques: LABELS.dynamiques.one,
  visites: LABELS.visites.one,
  evenements: LABELS.evenements.one,
  dossiers: "Dossier",
  themes: "Thème",
  actors: "Acteur",
};

/** Past this many lines, a list says how many more: a new vocabulary changes every page, and a summary stays readable. */
export const LONGEST_LIST = 100;

/** Where each version of the site is published. */
export interface PublishedSites {
  readonly base: Pick<SiteSettings, "url" | "pathPrefix">;
  readonly head: Pick<SiteSettings, "url" | "pathPrefix">;
}

export function changesMarkdown(changes: SiteChanges, baseName: string, sites: PublishedSites): string {
  const link = (page: PageRef) => `[${markdownText(page.title)}](${pageAddress(sites[page.version], page.url)})`;
  const section = (heading: string, pages: readonly PageRef[]) =>
    pages.length === 0 ? [] : ["", heading, "", ...bounded(pages.map((page) => `- ${PAGE_KINDS[page.kind]}${NBSP}: ${link(page)}`))];
  const { added, changed, removed, dossiers } = changes;
  // A dossier gains or loses an entry only when its page changes: no page changed, nothing else to say.
  if (added.length + changed.length + removed.length === 0) return [messages.diffTitle(), "", messages.diffNoChange({ base: baseName })].join("\n");
  const lines = [
    messages.diffTitle(),
    "",
    messages.diffSummary({ base: baseName, added: added.length, changed: changed.length, removed: removed.length }),
    ...section(messages.diffAddedHeading({ pages: added.length }), added),
    ...section(messages.diffChangedHeading({ pages: changed.length }), changed),
    ...section(messages.diffRemovedHeading({ pages: removed.length }), removed),
  ];
  if (dossiers.length > 0) {
    const dossierLines = dossiers.map(
      ({ dossier, gains, losses }) =>
        `- ${messages.diffDossierLine({ dossier: link(dossier), gains: gains.map(link).join(", "), losses: losses.map(link).join(", ") })}`,
    );
    lines.push("", messages.diffDossiersHeading(), "", ...bounded(dossierLines));
  }
  return lines.join("\n");
}

/** Content errors that make the comparison impossible, listed as `check` prints them. */
export function errorsMarkdown(introduction: string, errors: readonly ContentError[]): string {
  const shown = errors.slice(0, LONGEST_LIST).map(formatError);
  const fence = codeFence(shown);
  const more = errors.length > shown.length ? ["", messages.diffMoreErrors({ errors: errors.length - shown.length })] : [];
  return [messages.diffTitle(), "", introduction, "", `${fence}text`, ...shown, fence, ...more].join("\n");
}

/** A page's address on a published site, as the sitemap writes it (origin + path prefix + page). */
export function pageAddress(site: PublishedSites["head"], url: string): string {
  return new URL(`${site.pathPrefix}${url.replace(/^\//, "")}`, site.url).href;
}

function bounded(lines: string[]): string[] {
  if (lines.length <= LONGEST_LIST) return lines;
  return [...lines.slice(0, LONGEST_LIST), `- ${messages.diffMorePages({ pages: lines.length - LONGEST_LIST })}`];
}

/**
 * A contributor's title as Markdown text: the characters Markdown would read as links, emphasis,
 * code or HTML are escaped, so a title shows as written and never as markup.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>&~|]/g, "\\$&");
}

/** A fence longer than any run of backticks in the text, so no message can close it. */
function codeFence(lines: readonly string[]): string {
  const longest = Math.max(2, ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length)));
  return "`".repeat(longest + 1);
}
