import { describe, expect, it } from "vitest";
import { actorUrlByKey } from "../../scripts/model/actor-urls.ts";

describe("actorUrlByKey", () => {
  const urls = { regain: "/acteurs/regain/" };

  it("finds an actor's page by its normalised name", () => {
    expect(actorUrlByKey("regain", urls)).toBe("/acteurs/regain/");
    expect(actorUrlByKey("inconnu", urls)).toBeUndefined();
  });

  it("never takes an inherited property for an actor", () => {
    expect(actorUrlByKey("constructor", urls)).toBeUndefined();
    expect(actorUrlByKey("__proto__", urls)).toBeUndefined();
  });
});
