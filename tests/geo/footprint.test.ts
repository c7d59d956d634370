import { describe, expect, it } from "vitest";
import { levelOfWithinCode, locateTerritory, namesAgree } from "../../scripts/geo/footprint.ts";
import { officialGeography, withPreposition, inPlace } from "../../scripts/geo/official-geography.ts";

const geo = officialGeography();

describe("the official geography", () => {
  it("knows current communes only, with their département and région", () => {
    expect(geo.communes.get("46102")).toMatchObject({ nom: "Figeac", departement: "46", region: "76" });
    expect(geo.communes.get("2A004")).toMatchObject({ nom: "Ajaccio", departement: "2A" });
    expect(geo.communes.get("13201")?.type).toBe("arrondissement-municipal");
  });

  it("finds a commune's EPCI from the EPCI member lists", () => {
    expect(geo.epciOfCommune.get("46102")).toBe("200067361");
  });

  it("writes French prepositions from INSEE's typeLiaison", () => {
    expect(withPreposition(geo.departements.get("46")!)).toBe("du Lot");
    expect(withPreposition(geo.departements.get("26")!)).toBe("de la Drôme");
    expect(withPreposition(geo.departements.get("11")!)).toBe("de l’Aude");
    expect(inPlace(geo.regions.get("32")!)).toBe("dans les Hauts-de-France");
    expect(inPlace(geo.regions.get("76")!)).toBe("en Occitanie");
  });
});

describe("levelOfWithinCode", () => {
  it("tells communes, EPCI, départements and prefixed régions apart", () => {
    expect(levelOfWithinCode("46102")).toEqual({ level: "commune", code: "46102" });
    expect(levelOfWithinCode("2B033")).toEqual({ level: "commune", code: "2B033" });
    expect(levelOfWithinCode("200067361")).toEqual({ level: "epci", code: "200067361" });
    expect(levelOfWithinCode("84")).toEqual({ level: "departement", code: "84" });
    expect(levelOfWithinCode("971")).toEqual({ level: "departement", code: "971" });
    expect(levelOfWithinCode("region:84")).toEqual({ level: "region", code: "84" });
    expect(levelOfWithinCode("1234")).toBeUndefined();
  });
});

describe("locateTerritory", () => {
  it("places an EPCI in every département its member communes lie in", () => {
    const located = locateTerritory({ title: "Grand-Figeac", scale: "epci", code: "200067361" }, geo);
    expect("footprint" in located && [...located.footprint.departements].sort()).toEqual(["12", "46"]);
  });

  it("places a pays given by its département inside that département, covering no known commune", () => {
    const located = locateTerritory({ title: "Pays Midi-Quercy", scale: "pays", within: ["82"] }, geo);
    expect(located).toEqual({ footprint: { communes: null, departements: ["82"], regions: ["76"] } });
  });

  it("reports a code that does not exist, or that names another place", () => {
    expect(locateTerritory({ title: "Figeac", scale: "commune", code: "46999" }, geo)).toMatchObject({
      problems: [{ key: "codeNotFound", params: { suggestion: { name: "Figeac", code: "46102" } } }],
    });
    expect(locateTerritory({ title: "Figeac", scale: "commune", code: "46101" }, geo)).toMatchObject({
      problems: [{ key: "codeNameMismatch", params: { official: "Felzins" } }],
    });
  });
});

describe("namesAgree", () => {
  it("accepts usual names of official places and rejects other places", () => {
    expect(namesAgree("Douaisis Agglo", geo.epcis.get("200044618")!.nom, "epci")).toBe(true);
    expect(namesAgree("Cœur Haute Lande", geo.epcis.get("200069656")!.nom, "epci")).toBe(true);
    expect(namesAgree("Grand-Figeac", geo.epcis.get("200067361")!.nom, "epci")).toBe(true);
    expect(namesAgree("Lons-le-Saunier", "Lons-le-Saunier")).toBe(true);
    expect(namesAgree("Figeac", "Felzins")).toBe(false);
    expect(namesAgree("Lot", "Lot-et-Garonne", "departement")).toBe(false);
    expect(namesAgree("Pays de Figeac", "Grand-Figeac", "epci")).toBe(true);
  });
});
