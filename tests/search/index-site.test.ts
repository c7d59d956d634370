/** The indexing step's error handling: every `errors` array is checked, and Pagefind is always closed. */
import { describe, expect, it, vi } from "vitest";
import { indexDocuments, type PagefindApi } from "../../scripts/search/index-site.ts";

const DOCUMENTS = [
  { url: "/dynamiques/eusko/", html: "<html lang='fr'><body><main data-pagefind-body><h1>Eusko</h1></main></body></html>" },
  { url: "/territoires/pays-basque/", html: "<html lang='fr'><body><main data-pagefind-body><h1>Pays basque</h1></main></body></html>" },
];

function fakePagefind(step: Partial<{ create: string[]; add: string[]; write: string[]; pages: number; noIndex: boolean }>) {
  const close = vi.fn(async () => null);
  const api = {
    close,
    createIndex: vi.fn(async () => ({
      errors: step.create ?? [],
      index: step.noIndex
        ? undefined
        : {
            addDirectory: vi.fn(async () => ({ errors: step.add ?? [], page_count: step.pages ?? DOCUMENTS.length })),
            getFiles: vi.fn(async () => ({ errors: step.write ?? [], files: [] })),
          },
    })),
  } as unknown as PagefindApi;
  return { api, close };
}

describe("indexDocuments", () => {
  it.each([
    ["creating the index", { create: ["config invalide"] }, "index de recherche, création : config invalide"],
    ["reading the documents", { add: ["page illisible"] }, "index de recherche, lecture des documents : page illisible"],
    ["losing a document", { pages: 1 }, "index de recherche : 1 sur 2 documents indexés."],
    ["writing the bundle", { write: ["disque plein"] }, "index de recherche, écriture : disque plein"],
    ["getting no index", { noIndex: true }, "index de recherche : Pagefind n’a pas créé d’index."],
  ])("fails the build on an error while %s, and still closes Pagefind", async (_step, failure, message) => {
    const { api, close } = fakePagefind(failure);
    await expect(indexDocuments(DOCUMENTS, "/nulle-part", api)).rejects.toThrow(message);
    expect(close).toHaveBeenCalledOnce();
  });

  it("refuses to publish an empty index, and still closes Pagefind", async () => {
    const { api, close } = fakePagefind({});
    await expect(indexDocuments([], "/nulle-part", api)).rejects.toThrow("index de recherche : aucune page à indexer.");
    expect(close).toHaveBeenCalledOnce();
  });

  it("closes Pagefind when a call throws instead of returning errors", async () => {
    const close = vi.fn(async () => null);
    const api = { close, createIndex: vi.fn(async () => Promise.reject(new Error("binaire introuvable"))) } as unknown as PagefindApi;
    await expect(indexDocuments(DOCUMENTS, "/nulle-part", api)).rejects.toThrow("binaire introuvable");
    expect(close).toHaveBeenCalledOnce();
  });
});
