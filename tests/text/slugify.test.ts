/**
 * Actor pages for names in any script: every actor named in a fiche gets a page whose slug is
 * ASCII, the same on every build, and never shared with another actor; Latin names keep the
 * slugs (so the URLs) they already had.
 */
import { describe, expect, it } from "vitest";
import { actorSlug, normaliseActorName } from "../../scripts/text/actor-name.ts";
import { SLUG_PATTERN } from "../../scripts/text/slugify.ts";

const NON_LATIN = ["Ассоциация Солидарность", "جمعية", "協同組合", "Κοινωνική Συνεταιριστική", "קואופרטיב", "सहकारी समिति", "협동조합"];

describe("actor slugs", () => {
  it("give a name in a non-Latin script a non-empty, URL-safe slug", () => {
    for (const name of NON_LATIN) {
      expect(normaliseActorName(name), name).not.toBe("");
      expect(actorSlug(name), name).toMatch(SLUG_PATTERN);
      expect(actorSlug(name), name).toMatch(/^acteur-[0-9a-f]{10}$/);
    }
  });

  it("are the same on every build and every machine: they depend on the name only", () => {
    // Pinned: a change here moves published URLs. Each is the first 10 hex digits of the SHA-256
    // of the normalised name (`printf '%s' "ассоциация солидарность" | sha256sum`).
    expect(actorSlug("Ассоциация Солидарность")).toBe("acteur-3e6585b5d3");
    expect(actorSlug("جمعية")).toBe("acteur-9dbec6bf71");
    expect(actorSlug("協同組合")).toBe("acteur-de4f4640bc");
  });

  it("give different names different slugs, even among thousands", () => {
    const cyrillic = "абвгдежзийклмнопрстуфхцчшщыэюя";
    const names = new Set<string>();
    for (let i = 0; names.size < 5000; i += 1) {
      names.add(`${cyrillic[i % 30]}${cyrillic[Math.floor(i / 30) % 30]}${cyrillic[Math.floor(i / 900) % 30]} ${i % 7 === 0 ? "Союз" : "Кооператив"}`);
    }
    const slugs = new Set([...names].map(actorSlug));
    expect(slugs.size).toBe(names.size);
    expect(new Set(NON_LATIN.map(actorSlug)).size).toBe(NON_LATIN.length);
  });

  it("keep what they can spell of a name that mixes scripts, and still tell such names apart", () => {
    expect(actorSlug("Coop 生協")).toMatch(/^coop-[0-9a-f]{10}$/);
    expect(actorSlug("Coop 協同組合")).toMatch(/^coop-[0-9a-f]{10}$/);
    expect(actorSlug("Coop 生協")).not.toBe(actorSlug("Coop 協同組合"));
    expect(actorSlug("Coop 生協")).not.toBe(actorSlug("Coop"));
  });

  it("give every spelling of one actor one slug, in any script", () => {
    expect(actorSlug("ассоциация  солидарность")).toBe(actorSlug("Ассоциация Солидарность"));
    expect(actorSlug("Ассоциация «Солидарность»")).toBe(actorSlug("Ассоциация Солидарность"));
  });

  it("keep the marks that make another word outside Latin script, and drop accents in Latin", () => {
    // か and が (ka, ga) differ by a combining mark once decomposed.
    expect(actorSlug("かいしゃ")).not.toBe(actorSlug("がいしゃ"));
    expect(normaliseActorName("Coopérative Énergie")).toBe(normaliseActorName("cooperative energie"));
  });

  it("keep the slug of a Latin name as it was, so published URLs do not move", () => {
    expect(actorSlug("Euskal Moneta")).toBe("euskal-moneta");
    expect(actorSlug("Clus’Ter Jura")).toBe("clus-ter-jura");
    expect(actorSlug("CRESS Auvergne-Rhône-Alpes")).toBe("cress-auvergne-rhone-alpes");
    expect(actorSlug("Cœur de ville")).toBe("coeur-de-ville");
  });

  it("never let an invisible character make a second actor that looks like the first", () => {
    expect(normaliseActorName("Eu\u200dsko")).toBe(normaliseActorName("Eusko"));
    expect(actorSlug("Eu\u200dsko")).toBe(actorSlug("Eusko"));
    expect(normaliseActorName("Eus\u00adko")).toBe(normaliseActorName("Eusko"));
  });
});
