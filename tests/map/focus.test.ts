import { describe, expect, it } from "vitest";
import { officialGeography } from "../../scripts/geo/official-geography.ts";
import { mapFocus, type Focusable } from "../../scripts/map/focus.ts";
import { pointOf } from "../../scripts/map/locate.ts";

const OCCITANIE = ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"];

/** A territory as the pipeline hands it over, placed by the project's own locator. */
function territory(fields: Partial<Focusable> & { communes?: readonly string[] | null }): Focusable {
  const base = { title: "Territoire", scale: "autre" as const, departements: [], regions: [], communes: null, ...fields };
  return { ...base, point: pointOf(base) };
}

const figeac = territory({ title: "Figeac", scale: "commune", code: "46102", communes: ["46102"], departements: ["46"], regions: ["76"] });

describe("mapFocus", () => {
  it("frames a commune on its département and points it where it is", () => {
    const focus = mapFocus(figeac)!;
    expect(focus.frame).toEqual(["46"]);
    expect(focus.area).toEqual({ scale: "departement", code: "46" });
    expect(focus.highlight).toEqual([]);
    expect(focus.place).toEqual({ lat: figeac.point!.lat, lon: figeac.point!.lon });
    expect(focus.title).toBe("Figeac sur la carte du Lot");
  });

  it("frames an EPCI that spans two départements of one région on the région", () => {
    const grandFigeac = territory({ title: "Grand-Figeac", scale: "epci", code: "200067361", communes: ["46102"], departements: ["46", "12"], regions: ["76"] });
    const focus = mapFocus(grandFigeac)!;
    expect(focus.frame).toEqual(OCCITANIE);
    expect(focus.area).toEqual({ scale: "region", code: "76" });
    expect(focus.place).toBeDefined();
    expect(focus.title).toBe("Grand-Figeac sur la carte de la région Occitanie");
  });

  it("frames a grouping across two régions on its own départements", () => {
    const focus = mapFocus(territory({ title: "Causses et vallées", scale: "pays", departements: ["46", "19"], regions: ["76", "75"] }))!;
    expect(focus.frame).toEqual(["19", "46"]);
    expect(focus.area).toBeUndefined();
    expect(focus.title).toBe("Causses et vallées sur la carte de ses départements");
  });

  it("does not point a grouping placed only at its département's centre, which would claim a precision it lacks", () => {
    const midiQuercy = territory({ title: "Pays Midi-Quercy", scale: "pays", departements: ["82"], regions: ["76"] });
    expect(midiQuercy.point?.precision).toBe("departement");
    const focus = mapFocus(midiQuercy)!;
    expect(focus.frame).toEqual(["82"]);
    expect(focus.place).toBeUndefined();
  });

  it("shows a département on its région's map, itself highlighted", () => {
    const focus = mapFocus(territory({ title: "Lot", scale: "departement", code: "46", departements: ["46"], regions: ["76"] }))!;
    expect(focus.frame).toEqual(OCCITANIE);
    expect(focus.highlight).toEqual(["46"]);
    expect(focus.place).toBeUndefined();
    expect(focus.title).toBe("Lot sur la carte de la région Occitanie");
  });

  it("shows a région alone, all of it highlighted, whichever départements it has", () => {
    const focus = mapFocus(territory({ title: "Occitanie", scale: "region", code: "76", regions: ["76"] }))!;
    expect(focus.frame).toEqual(OCCITANIE);
    expect(focus.highlight).toEqual(OCCITANIE);
    expect(focus.title).toBe("Carte de la région Occitanie");
    for (const region of officialGeography().regions.values()) {
      if (region.zone === "com") continue;
      const expected = [...officialGeography().departements.values()].filter((d) => d.region === region.code).map((d) => d.code).sort();
      expect(mapFocus(territory({ title: region.nom, scale: "region", code: region.code, regions: [region.code] }))?.frame, region.nom).toEqual(expected);
    }
  });

  it("frames overseas territories on their own island, and an overseas département is its own map", () => {
    const saintDenis = mapFocus(territory({ title: "Saint-Denis", scale: "commune", code: "97411", communes: ["97411"], departements: ["974"], regions: ["04"] }))!;
    expect(saintDenis.frame).toEqual(["974"]);
    expect(saintDenis.title).toBe("Saint-Denis sur la carte de La Réunion");
    const mayotte = mapFocus(territory({ title: "Mayotte", scale: "departement", code: "976", departements: ["976"], regions: ["06"] }))!;
    expect(mayotte).toMatchObject({ frame: ["976"], highlight: ["976"], title: "Carte de Mayotte" });
  });

  it("leaves to the map of France what no drawn département frames", () => {
    expect(mapFocus(territory({ title: "Saint-Pierre", scale: "commune", code: "97502", communes: ["97502"], departements: ["975"], regions: ["975"] }))).toBeUndefined();
    expect(mapFocus(territory({ title: "Nulle part" }))).toBeUndefined();
  });
});
