import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A kind of collective dynamic, with its French labels (from `data/kinds.json`). */
export interface Kind {
  readonly label: string;
  readonly short: string;
}

/** The controlled lists that contributors' values are checked against. */
export interface Vocabulary {
  readonly kinds: Readonly<Record<string, Kind>>;
  readonly themes: Readonly<Record<string, string>>;
}

/** Reads the controlled lists from the project's `data/` folder. */
export function readVocabulary(root: string): Vocabulary {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(root, "data", name), "utf8"));
  return {
    kinds: read("kinds.json") as Vocabulary["kinds"],
    themes: read("themes.json") as Vocabulary["themes"],
  };
}
