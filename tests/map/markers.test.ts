import { describe, expect, it } from "vitest";
import { type MapMarker, checkMarker, renderMarker } from "../../scripts/map/markers.ts";

const marker = (url: string, label = "Figeac"): MapMarker => ({ label, url, point: { lat: 44.6, lon: 2.03 } });

describe("checkMarker", () => {
  it("accepts site-relative and http(s) links", () => {
    for (const url of ["/territoires/figeac/", "./figeac/", "../figeac/", "#carte", "https://exemple.fr/"]) expect(() => checkMarker(marker(url))).not.toThrow();
  });

  it("refuses a link that could run a script, a protocol-relative one, and a marker without a name", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "//autre.site/"]) expect(() => checkMarker(marker(url)), url).toThrow(/Unsafe URL/);
    expect(() => checkMarker(marker("/figeac/", "  "))).toThrow(/without a label/);
  });
});

describe("renderMarker", () => {
  it("draws a named, escaped link around its dot", () => {
    expect(renderMarker(marker("/t/?a=1&b=2", "Saint-Cirq <Lapopie> & \"co\""), [12.5, 40])).toBe(
      '<a class="france-map-marker" href="/t/?a=1&amp;b=2" aria-label="Saint-Cirq &lt;Lapopie&gt; &amp; &quot;co&quot;">' +
        "<title>Saint-Cirq &lt;Lapopie&gt; &amp; &quot;co&quot;</title>" +
        '<circle class="france-map-dot" cx="12.5" cy="40" r="5"/></a>',
    );
  });
});
