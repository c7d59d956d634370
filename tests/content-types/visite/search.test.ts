/** What a study visit adds to its search document: its dates, its organizers, then its participants. */
import { describe, expect, it } from "vitest";
import { visiteSearch } from "../../../scripts/content-types/visite/search.ts";
import { checkFiles } from "../../helpers/fixture-project.ts";

const VISIT = `---
title: Visite d’étude à Figeac
summary: Deux jours de visite des coopératives du Figeacois par le Labo de l’ESS.
territory: figeac
date: 2018-10-30
end: 2018-10-31
organizers: [Le Labo de l’ESS]
participants: [REGAIN, IUT de Figeac]
sources:
  - title: Le Labo de l’ESS en visite à Figeac
---
`;

describe("visiteSearch", () => {
  it("gives its period, then its organizers and participants as two lists, in that order", () => {
    const visit = checkFiles({ "content/visites/figeac.md": VISIT }).observatory?.visites[0];
    if (!visit) throw new Error("the visit should be valid");
    const fields = visiteSearch(visit);
    expect([fields.date?.iso, fields.end?.iso]).toEqual(["2018-10-30", "2018-10-31"]);
    expect(fields.kind).toBeUndefined();
    expect(fields.more).toEqual([["Le Labo de l’ESS"], ["REGAIN", "IUT de Figeac"]]);
  });

  it("gives empty lists, not missing ones, when the file names nobody", () => {
    const bare = VISIT.replace(/^(organizers|participants|end):.*\n/gm, "");
    const visit = checkFiles({ "content/visites/figeac.md": bare }).observatory?.visites[0];
    if (!visit) throw new Error("the visit should be valid");
    const fields = visiteSearch(visit);
    expect(fields.end).toBeUndefined();
    expect(fields.more).toEqual([[], []]);
  });
});
