/** The preview renders again exactly the pages whose data changed, on the starter content. */
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_SET_NAMES, type PageSets, pageUrl } from "../../scripts/model/page-sets.ts";
import type { Observatory } from "../../scripts/model/types.ts";
import { contentOnDisk } from "../../scripts/pipeline/content-sources.ts";
import { runPipeline } from "../../scripts/pipeline/pipeline.ts";
import { MODEL_PARTS_PAGES_READ, PagePlanner } from "../../scripts/preview/page-planner.ts";
import { PROJECT_ROOT, makeProject } from "../helpers/fixture-project.ts";

function starterProject(): string {
  const root = makeProject({}, { withBase: false });
  cpSync(join(PROJECT_ROOT, "content"), join(root, "content"), { recursive: true });
  return root;
}

function modelOf(root: string): Observatory {
  const result = runPipeline(contentOnDisk(root));
  if (!result.observatory) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.observatory;
}

function urls(pages: PageSets): string[] {
  return PAGE_SET_NAMES.flatMap((name) => pages[name].map(pageUrl)).sort();
}

function edit(root: string, path: string, change: (text: string) => string): void {
  const file = join(root, path);
  writeFileSync(file, change(readFileSync(file, "utf8")));
}

/** A planner that has written every page of the starter content. */
function plannerAfterFirstRender(root: string): PagePlanner {
  const planner = new PagePlanner();
  planner.plan(modelOf(root), "23 novembre 2026");
  planner.confirmWritten();
  return planner;
}

describe("PagePlanner", () => {
  it("renders every page the first time, then none while nothing changed, even from a model built afresh", () => {
    const root = starterProject();
    const planner = new PagePlanner();
    const first = planner.plan(modelOf(root), "23 novembre 2026");
    expect(urls(first.pages)).toHaveLength(first.total);
    expect(urls(first.pages)).toContain("/dynamiques/figeacteurs/");
    planner.confirmWritten();
    expect(urls(planner.plan(modelOf(root), "23 novembre 2026").pages)).toEqual([]);
  });

  it("after a summary is edited, renders the entry's page and the dossiers, themes and actors listing it, and nothing else", () => {
    const root = starterProject();
    const planner = plannerAfterFirstRender(root);
    edit(root, "content/dynamiques/figeacteurs.md", (text) => text.replace("summary: \"Pôle", "summary: \"Ancien pôle"));
    const model = modelOf(root);
    const lists = (entries: ReadonlyArray<{ slug: string }>) => entries.some((entry) => entry.slug === "figeacteurs");
    const expected = [
      "/dynamiques/figeacteurs/",
      ...model.dossiers.filter((dossier) => lists(dossier.entries)).map(pageUrl),
      ...model.indexes.themes.filter((theme) => lists(theme.entries)).map(pageUrl),
      ...model.indexes.actors.filter((actor) => lists(actor.entries)).map(pageUrl),
    ].sort();
    expect(expected).toEqual(expect.arrayContaining(["/territoires/figeac/", "/territoires/lot/", "/territoires/occitanie/", "/acteurs/regain/"]));
    expect(urls(planner.plan(model, "23 novembre 2026").pages)).toEqual(expected);
  });

  it("after a territory is renamed, renders the pages that link to it, not the others", () => {
    const root = starterProject();
    const planner = plannerAfterFirstRender(root);
    edit(root, "content/territoires/figeac.md", (text) => text.replace("title: Figeac", "title: Figeac (Lot)"));
    const rendered = urls(planner.plan(modelOf(root), "23 novembre 2026").pages);
    expect(rendered).toEqual(expect.arrayContaining(["/territoires/figeac/", "/dynamiques/figeacteurs/", "/visites/figeac-2018/", "/territoires/grand-figeac/"]));
    expect(rendered).not.toContain("/dynamiques/eusko/");
    expect(rendered).not.toContain("/territoires/bretagne/");
  });

  it("after a dynamic is renamed, renders the visit that links to it by its slug", () => {
    const root = starterProject();
    const planner = plannerAfterFirstRender(root);
    edit(root, "content/dynamiques/figeacteurs.md", (text) => text.replace("title: Figeacteurs", "title: Figeacteurs, PTCE du Figeacois"));
    const rendered = urls(planner.plan(modelOf(root), "23 novembre 2026").pages);
    expect(rendered).toEqual(expect.arrayContaining(["/dynamiques/figeacteurs/", "/visites/figeac-2018/"]));
    expect(rendered).not.toContain("/visites/lons-le-saunier-2018/");
  });

  it("names the pages of a deleted entry for removal, and renders every page again after a template change", () => {
    const root = starterProject();
    const planner = plannerAfterFirstRender(root);
    rmSync(join(root, "content/dynamiques/eusko.md"));
    const plan = planner.plan(modelOf(root), "23 novembre 2026");
    // Euskal Moneta was cited by Eusko alone: its actor page goes too.
    expect([...plan.removed].sort()).toEqual(["/acteurs/euskal-moneta/", "/dynamiques/eusko/"]);
    expect(urls(plan.pages)).toContain("/territoires/pays-basque/");
    expect(urls(plan.pages)).not.toContain("/dynamiques/figeacteurs/");
    planner.confirmWritten();

    planner.renderEverythingNext();
    const everything = planner.plan(modelOf(root), "23 novembre 2026");
    expect(urls(everything.pages)).toHaveLength(everything.total);
    expect(everything.removed).toEqual([]);
  });

  it("renders every page again when the publication date every page shows changes", () => {
    const root = starterProject();
    const planner = plannerAfterFirstRender(root);
    const plan = planner.plan(modelOf(root), "24 novembre 2026");
    expect(urls(plan.pages)).toHaveLength(plan.total);
  });
});

describe("the templates of pages made from items", () => {
  it("read the model only through the parts the planner fingerprints", () => {
    const partials = join(PROJECT_ROOT, "layouts", "partials");
    const templates = readdirSync(partials, { recursive: true, withFileTypes: true }).filter((entry) => entry.name.endsWith(".njk"));
    expect(templates.length).toBeGreaterThan(10);
    const read = new Set<string>();
    for (const template of templates) {
      const text = readFileSync(join(template.parentPath, template.name), "utf8");
      for (const [, part] of text.matchAll(/observatoire\.((?:indexes\.)?[A-Za-z]+)/g)) read.add(part as string);
    }
    expect([...read].sort()).toEqual(expect.arrayContaining(["dynamicLinks", "territoryLinks"]));
    expect([...read].filter((part) => !(MODEL_PARTS_PAGES_READ as readonly string[]).includes(part))).toEqual([]);
  });
});
