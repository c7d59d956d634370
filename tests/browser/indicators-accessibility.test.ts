/**
 * The indicators of a starter dossier (Nègrepelisse) in real Chromium: a table a screen reader
 * announces by its caption, each figure tied to its column and row headers, and no axe violation.
 */
import { describe, expect, it } from "vitest";
import { useServedStarterSite } from "../helpers/served-starter-site.ts";
import { axeViolations } from "../helpers/axe.ts";

const served = useServedStarterSite({ bypassCSP: true, serviceWorkers: "block" });

describe("a dossier's indicators", () => {
  it("form a table with a caption and headers, free of axe violations", async () => {
    await served.page.goto(served.site.url("/territoires/negrepelisse/"));
    const table = served.page.getByRole("table", { name: /Indicateurs du territoire/ });
    await expect(table.count()).resolves.toBe(1);
    const headers = await table.getByRole("columnheader").allInnerTexts();
    expect(headers).toEqual(["Indicateur", "Valeur", "Année", "Source"]);
    const rowHeader = (await table.getByRole("rowheader").first().innerText()).replace(/\s/g, " ");
    expect(rowHeader).toMatch(/^Participants à la matinée du mois de l’ESS/);
    const cells = (await table.getByRole("row").nth(1).getByRole("cell").allInnerTexts()).map((cell) => cell.replace(/\s/g, " "));
    expect(cells[0]).toBe("21 personnes");
    expect(cells[1]).toBe("2014");
    expect(cells[2]).toMatch(/^Quel bilan pour le mois de l’ESS en Midi-Quercy \?, Pays Midi-Quercy, 5 janvier 2015$/);
    await expect(table.getByRole("link").getAttribute("href")).resolves.toBe("http://midi-quercy.fr/Quel-bilan-pour-le-mois-de-l-ESS.html");
    expect(await axeViolations(served.page)).toEqual([]);
  });
});
