/** The indexing step's error handling: every `errors` array is checked, and Pagefind is always closed. */
import { describe, expect, it, vi } from "vitest";
import { indexSite, type PagefindApi } from "../../scripts/search/index-site.ts";

function fakePagefind(step: Partial<{ create: string[]; add: string[]; write: string[]; pages: number; noIndex: boolean }>) {
  const close = vi.fn(async () => null);
  const api = {
    close,
    createIndex: vi.fn(async () => ({
      errors: step.create ?? [],
      index: step.noIndex
        ? undefined
        : {
            addDirectory: vi.fn(async () => ({ errors: step.add ?? [], page_count: step.pages ?? 3 })),
            getFiles: vi.fn(async () => ({ errors: step.write ?? [], files: [] })),
          },
    })),
  } as unknown as PagefindApi;
  return { api, close };
}

describe("indexSite", () => {
  it.each([
    ["creating the index", { create: ["config invalide"] }, "index de recherche, création : config invalide"],
    ["reading the pages", { add: ["page illisible"] }, "index de recherche, lecture des pages : page illisible"],
    ["writing the bundle", { write: ["disque plein"] }, "index de recherche, écriture : disque plein"],
    ["finding no page", { pages: 0 }, "index de recherche : aucune page à indexer."],
    ["getting no index", { noIndex: true }, "index de recherche : Pagefind n’a pas créé d’index."],
  ])("fails the build on an error while %s, and still closes Pagefind", async (_step, failure, message) => {
    const { api, close } = fakePagefind(failure);
    await expect(indexSite("/nulle-part", api)).rejects.toThrow(message);
    expect(close).toHaveBeenCalledOnce();
  });

  it("closes Pagefind when a call throws instead of returning errors", async () => {
    const close = vi.fn(async () => null);
    const api = { close, createIndex: vi.fn(async () => Promise.reject(new Error("binaire introuvable"))) } as unknown as PagefindApi;
    await expect(indexSite("/nulle-part", api)).rejects.toThrow("binaire introuvable");
    expect(close).toHaveBeenCalledOnce();
  });
});
