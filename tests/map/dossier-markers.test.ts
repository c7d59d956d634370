import { describe, expect, it } from "vitest";
import { dynamicMarkers, territoriesBySlug } from "../../scripts/map/dossier-markers.ts";
import type { Dossier, Dynamique, Territory } from "../../scripts/model/types.ts";

type Point = NonNullable<Territory["point"]>;

function place(slug: string, point?: Point): Territory {
  return { slug, title: slug, url: `/territoires/${slug}/`, ...(point ? { point } : {}) } as Territory;
}

function dynamic(slug: string, territories: readonly string[]): Dynamique {
  return { slug, title: `Dynamique ${slug}`, url: `/dynamiques/${slug}/`, territories } as unknown as Dynamique;
}

const figeac = place("figeac", { lat: 44.6, lon: 2.02, precision: "commune" });
const lot = place("lot", { lat: 44.62, lon: 1.6, precision: "departement" });
const brest = place("brest", { lat: 48.4, lon: -4.5, precision: "commune" });
const nowhere = place("saint-pierre");
const territories = [figeac, lot, brest, nowhere];

function dossierOf(territory: Territory, inside: readonly Territory[], groups: ReadonlyArray<readonly Dynamique[]>) {
  return {
    territory,
    inside: inside.map((item) => ({ territory: { slug: item.slug, title: item.title, url: item.url, scale: "commune" as const }, entries: 1 })),
    dynamiquesByKind: groups.map((items, index) => ({ kind: `k${index}`, label: `K${index}`, items })),
  } satisfies Pick<Dossier, "territory" | "inside" | "dynamiquesByKind">;
}

describe("dynamicMarkers", () => {
  it("puts each dynamic at its territory, in the dossier's order, once", () => {
    const a = dynamic("a", ["figeac"]);
    const b = dynamic("b", ["lot"]);
    const markers = dynamicMarkers(dossierOf(lot, [figeac], [[a, b], [a]]), territoriesBySlug(territories));
    expect(markers).toEqual([
      { label: "Dynamique a", url: "/dynamiques/a/", point: { lat: 44.6, lon: 2.02 } },
      { label: "Dynamique b", url: "/dynamiques/b/", point: { lat: 44.62, lon: 1.6 } },
    ]);
  });

  it("prefers the dossier's own territories to a more precise one elsewhere, and the most precise among them", () => {
    const both = dynamic("both", ["brest", "lot", "figeac"]);
    const elsewhere = dynamic("elsewhere", ["brest"]);
    const [inLot, atBrest] = dynamicMarkers(dossierOf(lot, [figeac], [[both, elsewhere]]), territoriesBySlug(territories));
    expect(inLot!.point).toEqual({ lat: 44.6, lon: 2.02 });
    // A dynamic of the dossier attached only elsewhere keeps its place there (the map leaves it out if it is off the map).
    expect(atBrest!.point).toEqual({ lat: 48.4, lon: -4.5 });
  });

  it("leaves out a dynamic whose territories are placed nowhere", () => {
    expect(dynamicMarkers(dossierOf(lot, [], [[dynamic("x", ["saint-pierre", "unknown"])]]), territoriesBySlug(territories))).toEqual([]);
  });

  it("builds the look-up once for the model's list", () => {
    expect(territoriesBySlug(territories)).toBe(territoriesBySlug(territories));
  });
});
