/** How the search index is split into parts: when, into what, and where each part goes. */
import { describe, expect, it } from "vitest";
import { PARTS_FROM_DOCUMENTS, partFolder, partPath, searchIndexParts, splitIntoParts } from "../../scripts/search/index-parts.ts";

const documents = (urls: string[]) => urls.map((url) => ({ url, html: `<h1>${url}</h1>` }));

describe("searchIndexParts", () => {
  it("keeps a small site in one part and splits a large one in two", () => {
    expect(searchIndexParts(79, {})).toBe(1);
    expect(searchIndexParts(PARTS_FROM_DOCUMENTS - 1, {})).toBe(1);
    expect(searchIndexParts(PARTS_FROM_DOCUMENTS, {})).toBe(2);
    expect(searchIndexParts(11_243, {})).toBe(2);
  });

  it("follows OBSERVATOIRE_SEARCH_PARTS, and says in French what it expects when the value is not a number of parts", () => {
    expect(searchIndexParts(79, { OBSERVATOIRE_SEARCH_PARTS: "2" })).toBe(2);
    expect(searchIndexParts(11_243, { OBSERVATOIRE_SEARCH_PARTS: "1" })).toBe(1);
    expect(searchIndexParts(79, { OBSERVATOIRE_SEARCH_PARTS: "" })).toBe(1);
    for (const value of ["0", "9", "deux", "1.5"]) {
      expect(() => searchIndexParts(79, { OBSERVATOIRE_SEARCH_PARTS: value })).toThrow(
        `OBSERVATOIRE_SEARCH_PARTS=«\u00a0${value}\u00a0» n’est pas un nombre de parties\u00a0: donnez un nombre entier de 1 à 8, ou retirez la variable pour laisser la construction choisir.`,
      );
    }
  });
});

describe("splitIntoParts", () => {
  it("deals the documents in URL order, so that the parts are as large as each other and the same for the same content", () => {
    const parts = splitIntoParts(documents(["/visites/b/", "/dynamiques/a/", "/territoires/c/", "/dynamiques/b/", "/evenements/a/"]), 2);
    expect(parts.map((part) => part.map((document) => document.url))).toEqual([
      ["/dynamiques/a/", "/evenements/a/", "/visites/b/"],
      ["/dynamiques/b/", "/territoires/c/"],
    ]);
    expect(splitIntoParts(documents(["/b/", "/a/"]), 1)).toEqual([documents(["/a/", "/b/"])]);
  });
});

describe("where the parts go", () => {
  it("puts the first part in pagefind/ and the others beside its files", () => {
    expect([0, 1, 2].map(partPath)).toEqual(["pagefind/", "pagefind/partie-2/", "pagefind/partie-3/"]);
    expect(partFolder("/site/pagefind", 0)).toBe("/site/pagefind");
    expect(partFolder("/site/pagefind", 1)).toBe("/site/pagefind/partie-2");
  });
});
