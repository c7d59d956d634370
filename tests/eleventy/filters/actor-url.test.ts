import { describe, expect, it } from "vitest";
import { actorUrl } from "../../../scripts/eleventy/filters/actor-url.ts";

const urls = { "iut de figeac": "/acteurs/iut-de-figeac/" };

describe("actorUrl", () => {
  it("finds an actor's page whatever the spelling", () => {
    expect(actorUrl("I.U.T. de  Figeac", urls)).toBe("/acteurs/iut-de-figeac/");
  });

  it("links no name that only matches an inherited property", () => {
    expect(actorUrl("Constructor", urls)).toBeUndefined();
    expect(actorUrl("toString", urls)).toBeUndefined();
  });
});
