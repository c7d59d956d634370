/** What an event adds to its search document: its dates, its place, organizers and sessions' titles. */
import { describe, expect, it } from "vitest";
import { evenementSearch } from "../../../scripts/content-types/evenement/search.ts";
import { checkFiles, plain } from "../../helpers/fixture-project.ts";

const EVENT = `---
title: Le mois de l’ESS à Figeac
summary: Deux rendez-vous de novembre autour de la coopération économique à Figeac.
territory: figeac
date: 2014-11-07
end: 2014-11-29
place: Espace Mitterrand
organizers: [Maison de l’Emploi]
sessions:
  - date: 2014-11-07
    title: "Financer : le financement participatif"
    place: Salle des fêtes
  - date: 2014-11-29
    title: Fête du don
sources:
  - title: Programme du mois de l’ESS
---
`;

describe("evenementSearch", () => {
  it("gives its period, then its place, organizers and the titles of its sessions, typeset as on the page", () => {
    const event = checkFiles({ "content/evenements/mois.md": EVENT }).observatory?.evenements[0];
    if (!event) throw new Error("the event should be valid");
    const fields = evenementSearch(event);
    expect([fields.date?.iso, fields.end?.iso]).toEqual(["2014-11-07", "2014-11-29"]);
    expect(fields.more?.[0]).toBe("Espace Mitterrand");
    expect(fields.more?.[1]).toEqual(["Maison de l’Emploi"]);
    const sessions = fields.more?.[2];
    expect(Array.isArray(sessions) ? sessions.map(plain) : sessions).toEqual(["Financer : le financement participatif", "Fête du don"]);
    // The same typography as the page: a no-break space before the colon.
    expect(sessions?.[0]).toContain("\u00a0:");
  });

  it("gives no place when the file has none, and an empty list of sessions", () => {
    const bare = EVENT.replace(/^place: .*\n/m, "").replace(/^sessions:[\s\S]*?(?=^sources:)/m, "");
    const event = checkFiles({ "content/evenements/mois.md": bare }).observatory?.evenements[0];
    if (!event) throw new Error("the event should be valid");
    expect(evenementSearch(event).more).toEqual([undefined, ["Maison de l’Emploi"], []]);
  });
});
