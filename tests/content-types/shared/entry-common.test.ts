/** The fields every entry has before its type adds its own, as readers and the open data get them. */
import { describe, expect, it } from "vitest";
import { checkFiles, plain } from "../../helpers/fixture-project.ts";

const VISIT = `---
title: Visite d’étude à Figeac
summary: Deux jours de visite des coopératives du Figeacois par le Labo de l’ESS.
territory: figeac
date: 2018-10-30
sources:
  - title: "Le Labo de l’ESS : en visite à Figeac"
    url: https://www.lelabo-ess.org/figeac
---
Le texte de la visite.
`;

describe("entryCommon", () => {
  const visit = checkFiles({ "content/visites/figeac.md": VISIT }).observatory?.visites[0];

  it("gives the page's address and the file it comes from", () => {
    expect(visit?.url).toBe("/visites/figeac/");
    expect(visit?.sourcePath).toBe("content/visites/figeac.md");
    expect(plain(visit?.bodyHtml ?? "")).toBe("<p>Le texte de la visite.</p>");
  });

  it("names the territories it is attached to, and their département and région", () => {
    expect(visit?.territories).toEqual(["figeac"]);
    expect(visit?.places).toEqual({ territoires: ["Figeac"], departements: ["Lot"], regions: ["Occitanie"] });
  });

  it("reads absent themes and actors as empty lists, and gives no image when the file has none", () => {
    expect(visit?.themes).toEqual([]);
    expect(visit?.actors).toEqual([]);
    expect(visit?.image).toBeUndefined();
  });

  it("typesets the sources' titles, and keeps their other fields as written", () => {
    const [source] = visit?.sources ?? [];
    expect(source?.title).toContain("\u00a0:");
    expect(plain(source?.title ?? "")).toBe("Le Labo de l’ESS : en visite à Figeac");
    expect(source?.url).toBe("https://www.lelabo-ess.org/figeac");
  });
});
