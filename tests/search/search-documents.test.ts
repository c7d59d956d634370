/**
 * The search documents: what every page gives, what its type adds (content-types/<type>/search.ts)
 * in its place, weighted and escaped the same way for every type.
 */
import { describe, expect, it } from "vitest";
import { searchDocuments } from "../../scripts/search/search-documents.ts";
import { checkFiles, plain } from "../helpers/fixture-project.ts";

const VISIT = `---
title: Visite d’étude à Figeac
summary: Deux jours de visite des coopératives du Figeacois par le Labo de l’ESS.
territory: figeac
date: 2018-10-30
end: 2018-10-31
actors: ["REGAIN <b> & co"]
organizers: [Le Labo de l’ESS, Figeacteurs]
participants: [IUT de Figeac]
sources:
  - title: Compte rendu de la visite
---
`;

const { observatory } = checkFiles({ "content/visites/figeac.md": VISIT });
if (!observatory) throw new Error("the fixture should be valid");
const documents = searchDocuments(observatory);
const html = (url: string) => plain(documents.find((document) => document.url === url)?.html ?? "");
const indexed = (document: string) => document.slice(document.indexOf("<h1"));

describe("searchDocuments", () => {
  it("gives one document per entry and per dossier, sorted by address", () => {
    const urls = documents.map((document) => document.url);
    expect(urls).toEqual([...urls].sort());
    expect(urls).toEqual(expect.arrayContaining(["/dynamiques/figeacteurs/", "/visites/figeac/", "/territoires/figeac/", "/territoires/lot/"]));
  });

  it("indexes what a visit's type adds after its own text: organizers, then participants, each a list", () => {
    expect(indexed(html("/visites/figeac/"))).toMatch(
      /<p>Compte rendu de la visite\.<\/p><p>Le Labo de l’ESS, Figeacteurs\.<\/p><p>IUT de Figeac\.<\/p><\/main>/,
    );
  });

  it("dates a visit for the results, their sort and the year filter", () => {
    const visit = html("/visites/figeac/");
    expect(visit).toContain('<span data-pagefind-sort="date">2018-10-30</span>');
    expect(visit).toContain('<span data-pagefind-filter="année">2018</span>');
  });

  it("escapes what contributors write, whatever field it comes from", () => {
    expect(html("/visites/figeac/")).toContain("<p>REGAIN &lt;b&gt; &amp; co.</p>");
  });

  it("puts a dynamic's kind in the filter and first in its text, weighted", () => {
    const dynamic = html("/dynamiques/figeacteurs/");
    expect(dynamic).toContain('<span data-pagefind-filter="dynamique">Pôle territorial de coopération économique</span>');
    expect(indexed(dynamic)).toMatch(/<\/h1><p data-pagefind-weight="4">Pôle territorial de coopération économique<\/p><p data-pagefind-weight="2">/);
  });

  it("weighs a dossier's name above everything, and what its territory adds below an entry's text", () => {
    const lot = indexed(html("/territoires/lot/"));
    expect(lot).toMatch(/^<h1 data-pagefind-meta="title" data-pagefind-weight="10">Lot<\/h1><p data-pagefind-weight="0.5">Dossier territorial, Département \(46\)<\/p>/);
    expect(lot).toMatch(/<p data-pagefind-weight="0.5">Figeac\.<\/p><\/main>/);
    // The entries it gathers are indexed in their own documents only.
    expect(lot).not.toContain("Figeacteurs");
  });
});
