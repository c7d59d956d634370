/**
 * A digest of everything a page is made from, so that the preview renders a page again
 * only when what it shows may have changed.
 *
 * Pages share their heaviest parts: a dossier lists the same entry objects the entry pages
 * are made from. Those shared objects are digested once, and a page's serialisation holds
 * their digest instead of their content. Templates also read look-up tables by keys found
 * in the page's own data (the slug of a territory to link to, an actor's name): a string
 * that is such a key carries the value it looks up, so a page changes when the title of
 * a territory it links to does.
 */
import { createHash } from "node:crypto";
import { GenerationalMemo } from "./generational-memo.ts";

/** A table a template reads with a key taken from the page's data. */
export interface LookUp {
  /** The value a template would read for this string, or undefined when it is no key. */
  readonly valueFor: (text: string) => unknown;
}

/** Keys are slugs and names; long texts (bodies, summaries) are never looked up. */
const LONGEST_KEY = 200;

export class Fingerprinter {
  readonly #lookUps: readonly LookUp[];
  readonly #shared = new Map<object, string>();
  readonly #strings = new Map<string, string>();
  readonly #longTexts: GenerationalMemo<string>;

  /**
   * `shared` are the objects many pages hold, in an order that does not depend on what
   * changed; `longTexts` remembers the digests of long texts (bodies) from one rebuild to the next.
   */
  constructor(lookUps: readonly LookUp[], shared: Iterable<object>, longTexts: GenerationalMemo<string>) {
    this.#lookUps = lookUps;
    this.#longTexts = longTexts;
    for (const object of shared) this.#shared.set(object, `#${digest(this.#serialise(object))}`);
  }

  of(value: object): string {
    return this.#shared.get(value) ?? digest(this.#serialise(value));
  }

  #serialise(root: object): string {
    return JSON.stringify(root, (_key, value: unknown) => {
      if (typeof value === "string") return value.length > LONGEST_KEY ? this.#longTexts.get(value) : this.#withLookUps(value);
      if (value !== root && typeof value === "object" && value !== null) return this.#shared.get(value) ?? value;
      return value;
    });
  }

  #withLookUps(text: string): string {
    let token = this.#strings.get(text);
    if (token === undefined) {
      const looked = this.#lookUps.map((lookUp) => lookUp.valueFor(text));
      // A looked-up value is serialised as it is: a link's own slug is not looked up again.
      token = looked.every((value) => value === undefined) ? text : `${text}→${JSON.stringify(looked)}`;
      this.#strings.set(text, token);
    }
    return token;
  }
}

/** A new memo of long texts' digests, for `Fingerprinter`. */
export function longTextDigests(): GenerationalMemo<string> {
  return new GenerationalMemo((text) => `$${digest(text)}`);
}

function digest(text: string): string {
  return createHash("sha1").update(text).digest("base64");
}
