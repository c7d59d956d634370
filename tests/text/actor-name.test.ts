import { describe, expect, it } from "vitest";
import { actorSlug, normaliseActorName } from "../../scripts/text/actor-name.ts";

describe("normaliseActorName", () => {
  it("makes one actor of spellings that differ by case, accents, dots and spacing", () => {
    const key = normaliseActorName("IUT de Figeac");
    expect(normaliseActorName("I.U.T. de Figeac")).toBe(key);
    expect(normaliseActorName("  iut   de  figeac ")).toBe(key);
    expect(normaliseActorName("Cœur d’Économie")).toBe(normaliseActorName("coeur deconomie"));
  });

  it("keeps names in other scripts, and drops invisible characters", () => {
    expect(normaliseActorName("Ассоциация Солидарность")).toBe("ассоциация солидарность");
    expect(normaliseActorName("Eus\u200dko")).toBe(normaliseActorName("Eusko"));
  });
});

describe("actorSlug", () => {
  it("gives a readable slug for a Latin name, and a stable one for another script", () => {
    expect(actorSlug("Euskal Moneta")).toBe("euskal-moneta");
    const cyrillic = actorSlug("Ассоциация Солидарность");
    expect(cyrillic).toMatch(/^acteur-[0-9a-f]+$/);
    expect(actorSlug("Ассоциация  Солидарность")).toBe(cyrillic);
  });
});
