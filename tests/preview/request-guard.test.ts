/**
 * The preview's request guard in front of a real HTTP server on 127.0.0.1: well-formed paths
 * reach the server (encoded accents and queries included), and a page the server fails to
 * serve gets a French 500 instead of ending the process. The paths it refuses are tested on
 * the real preview in tests/cli/start.test.ts.
 */
import { type Server, createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { guardRequests } from "../../scripts/preview/request-guard.ts";
import { plain } from "../helpers/fixture-project.ts";
import { rawGet } from "../helpers/preview-process.ts";

let server: Server;
let port: number;

beforeAll(async () => {
  // Stands for the development server: it names the path it serves, and cannot serve /en-panne/.
  server = createServer((request, response) =>
    void guardRequests(request, response, () => {
      if (request.url === "/en-panne/") throw new Error("ENOENT: no such file or directory");
      response.end(`servi ${request.url}`);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("the preview's request guard", () => {
  it("lets well-formed paths through, encoded accents and queries included", async () => {
    for (const path of ["/", "/territoires/pays-basque/", "/th%C3%A8mes/", "/recherche/?q=100%", "/assets/carte-france.svg"]) {
      expect(await rawGet(port, path), path).toEqual({ status: 200, body: `servi ${path}` });
    }
  });

  it("refuses a malformed path, or one that leaves the folder once decoded", async () => {
    for (const path of ["/%", "/%ff", "/%E2%82", "/..%2fpackage.json", "/%2e%2e%2fpackage.json", "/a%5c..%5c..%5cpackage.json", "//"]) {
      const response = await rawGet(port, path);
      expect(response.status, path).toBe(400);
      expect(plain(response.body), path).toContain("Adresse refusée : ce chemin est mal formé ou sort du dossier de l’aperçu.");
    }
  });

  it("answers 500 in French when the server fails on a page, says why in the terminal, and goes on serving", async () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const failed = await rawGet(port, "/en-panne/");
      expect(failed.status).toBe(500);
      expect(plain(failed.body)).toContain("Erreur de l’aperçu : cette page n’a pas pu être servie.");
      expect(plain(String(printed.mock.calls[0]?.[0]))).toBe(
        "✘ L’aperçu n’a pas pu servir /en-panne/ : ENOENT: no such file or directory. Il continue de servir les autres pages.",
      );
    } finally {
      printed.mockRestore();
    }
    expect((await rawGet(port, "/")).status).toBe(200);
  });
});
