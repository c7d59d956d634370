/** What a dynamic adds to its search document: the label of its kind, never the kind's code. */
import { describe, expect, it } from "vitest";
import { dynamiqueSearch } from "../../../scripts/content-types/dynamique/search.ts";
import { checkFiles } from "../../helpers/fixture-project.ts";

describe("dynamiqueSearch", () => {
  it("gives the French label of the kind, as readers filter on it, and no date", () => {
    const { observatory } = checkFiles({});
    const figeacteurs = observatory?.dynamiques.find((entry) => entry.slug === "figeacteurs");
    if (!observatory || !figeacteurs) throw new Error("the base fixture should give the dynamic « figeacteurs »");
    const fields = dynamiqueSearch(figeacteurs, observatory);
    expect(fields.kind).toBe("Pôle territorial de coopération économique");
    expect(fields.date).toBeUndefined();
    expect(fields.more ?? []).toEqual([]);
  });
});
