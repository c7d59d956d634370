/**
 * Where the site is published: `data/site.json` says so, unless it gives no real address
 * (the starter's example.org placeholder), in which case the deployment does, through
 * OBSERVATOIRE_URL (GitHub Pages' and GitLab Pages' address of the project).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSiteSettings } from "../../scripts/publish/site-settings.ts";
import { makeProject, plain } from "../helpers/fixture-project.ts";

function projectWithAddress(url: string | undefined, pathPrefix: string | undefined): string {
  const root = makeProject({});
  const settings = { title: "Observatoire", description: "Essai", url, pathPrefix, offline: { precacheBudgetBytes: 1000 } };
  writeFileSync(join(root, "data", "site.json"), JSON.stringify(settings));
  return root;
}

const address = (root: string, env: NodeJS.ProcessEnv) => {
  const { url, pathPrefix } = readSiteSettings(root, env);
  return { url, pathPrefix };
};

describe("the site's address", () => {
  it("comes from the deployment when data/site.json holds the example placeholder", () => {
    const root = projectWithAddress("https://observatoire-ess.example.org", "/");
    expect(address(root, { OBSERVATOIRE_URL: "https://observatoire-ess.github.io/observatoire" })).toEqual({
      url: "https://observatoire-ess.github.io",
      pathPrefix: "/observatoire/",
    });
    expect(address(root, { OBSERVATOIRE_URL: "https://observatoire-ess.gitlab.io/observatoire/", OBSERVATOIRE_PATH_PREFIX: "/ess" })).toEqual({
      url: "https://observatoire-ess.gitlab.io",
      pathPrefix: "/ess/",
    });
    // A custom domain at the root of its host.
    expect(address(root, { OBSERVATOIRE_URL: "https://observatoire.exemple.fr" })).toEqual({ url: "https://observatoire.exemple.fr", pathPrefix: "/" });
  });

  it("comes from the deployment when data/site.json gives none", () => {
    expect(address(projectWithAddress("", undefined), { OBSERVATOIRE_URL: "https://compte.github.io/obs" })).toEqual({
      url: "https://compte.github.io",
      pathPrefix: "/obs/",
    });
  });

  it("is the one data/site.json gives when it is a real address, whatever the deployment says", () => {
    const root = projectWithAddress("https://observatoire.cress.fr", "/ess");
    expect(address(root, { OBSERVATOIRE_URL: "https://compte.github.io/observatoire", OBSERVATOIRE_PATH_PREFIX: "/autre" })).toEqual({
      url: "https://observatoire.cress.fr",
      pathPrefix: "/ess/",
    });
  });

  it("stays the placeholder of data/site.json for a build on a contributor's machine", () => {
    expect(address(projectWithAddress("https://observatoire-ess.example.org", "/"), {})).toEqual({
      url: "https://observatoire-ess.example.org",
      pathPrefix: "/",
    });
  });

  it("refuses a deployment address that is not a web address, in French", () => {
    const root = projectWithAddress("https://observatoire-ess.example.org", "/");
    const refusal = () => {
      try {
        readSiteSettings(root, { OBSERVATOIRE_URL: "compte.github.io/observatoire" });
        return "accepted";
      } catch (error) {
        return plain((error as Error).message);
      }
    };
    expect(refusal()).toBe(
      "OBSERVATOIRE_URL=« compte.github.io/observatoire » n’est pas une adresse web. Donnez l’adresse complète du site, par exemple https://observatoire.exemple.fr ou https://compte.github.io/observatoire.",
    );
  });
});
