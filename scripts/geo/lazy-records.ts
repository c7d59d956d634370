/**
 * A read-only map of records, keyed by official code, that decodes only what is asked for.
 * `check` looks up a few dozen communes among 35 000: parsing them all cost it a third of its
 * time. The records are stored in runs, each a JSON array of tuples whose codes share their
 * first `keyLength` characters (« 460 » for the Lot's communes 46001 to 46099); looking a
 * code up parses the runs of its prefix only. Going through the whole map decodes every run,
 * in the order the records were written.
 */

/** A run: the shared prefix of its codes, and where its JSON text lies in the cache's body. */
export type Run = readonly [key: string, start: number, end: number];

/**
 * How one collection is laid out in the cache's body: its runs one after the other, between
 * brackets and separated by commas, so that the whole collection is one JSON array of runs,
 * from `start` to `end`, as well as each run.
 */
export interface RunIndex {
  readonly count: number;
  readonly keyLength: number;
  readonly start: number;
  readonly end: number;
  readonly runs: readonly Run[];
}

export type Tuple = readonly unknown[];

/** The text between two byte offsets of the cache's body. */
export type TextReader = (start: number, end: number) => string;

/** The tuples of one collection, parsed run by run on demand; a tuple's first element is its code. */
export class TupleRuns {
  readonly #index: RunIndex;
  readonly #text: TextReader;
  readonly #runsOfKey = new Map<string, number[]>();
  readonly #parsed: Array<readonly Tuple[] | undefined>;

  constructor(index: RunIndex, text: TextReader) {
    this.#index = index;
    this.#text = text;
    this.#parsed = new Array(index.runs.length);
    index.runs.forEach(([key], position) => {
      const runs = this.#runsOfKey.get(key);
      if (runs) runs.push(position);
      else this.#runsOfKey.set(key, [position]);
    });
  }

  get count(): number {
    return this.#index.count;
  }

  #run(position: number): readonly Tuple[] {
    const known = this.#parsed[position];
    if (known) return known;
    const [, start, end] = this.#index.runs[position] as Run;
    const run = JSON.parse(this.#text(start, end)) as Tuple[];
    this.#parsed[position] = run;
    return run;
  }

  tuple(code: string): Tuple | undefined {
    for (const position of this.#runsOfKey.get(code.slice(0, this.#index.keyLength)) ?? []) {
      // A run holds about a hundred tuples: scanning them costs less than indexing each run looked at.
      for (const tuple of this.#run(position)) if (tuple[0] === code) return tuple;
    }
    return undefined;
  }

  /** Every tuple, in the order they were written: the whole collection in one read and one parse. */
  all(): Tuple[] {
    return (JSON.parse(this.#text(this.#index.start, this.#index.end)) as Tuple[][]).flat();
  }
}

/**
 * Writes `entries` (in their order) as runs of tuples: returns their text and its index.
 * `offset` is where that text will start in the body the index points into, in bytes.
 */
export function writeRuns(entries: Iterable<Tuple>, keyLength: number, offset: number): { text: string; index: RunIndex } {
  const runs: Run[] = [];
  const groups: Array<{ key: string; tuples: Tuple[] }> = [];
  let count = 0;
  for (const tuple of entries) {
    count++;
    const key = (tuple[0] as string).slice(0, keyLength);
    const last = groups.at(-1);
    if (last?.key === key) last.tuples.push(tuple);
    else groups.push({ key, tuples: [tuple] });
  }
  let position = offset + 1;
  const texts = groups.map(({ key, tuples }, index) => {
    const text = JSON.stringify(tuples);
    const start = position + (index > 0 ? 1 : 0);
    position = start + Buffer.byteLength(text);
    runs.push([key, start, position]);
    return text;
  });
  const text = `[${texts.join(",")}]`;
  return { text, index: { count, keyLength, start: offset, end: offset + Buffer.byteLength(text), runs } };
}

/**
 * A read-only map that answers `get` and `has` without building itself, and builds itself
 * (once) only to be gone through. `lookup` and `materialize` must agree: the tests check it.
 */
export class LookupMap<V> implements ReadonlyMap<string, V> {
  readonly size: number;
  readonly #lookup: (code: string) => V | undefined;
  readonly #materialize: () => Map<string, V>;
  #all: Map<string, V> | undefined;

  constructor(size: number, lookup: (code: string) => V | undefined, materialize: () => Map<string, V>) {
    this.size = size;
    this.#lookup = lookup;
    this.#materialize = materialize;
  }

  get(code: string): V | undefined {
    return this.#all ? this.#all.get(code) : this.#lookup(code);
  }

  has(code: string): boolean {
    return this.get(code) !== undefined;
  }

  /** Every entry, in order, as a real Map: the methods below hand out its own iterators. */
  #everything(): Map<string, V> {
    this.#all ??= this.#materialize();
    return this.#all;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.#everything()) callback.call(thisArg, value, key, this);
  }

  entries(): MapIterator<[string, V]> {
    return this.#everything().entries();
  }

  keys(): MapIterator<string> {
    return this.#everything().keys();
  }

  values(): MapIterator<V> {
    return this.#everything().values();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.#everything()[Symbol.iterator]();
  }
}

/**
 * The records of a collection, each decoded from its tuple once: the same code always gives
 * the same object, looked up or gone through, as it does from a Map.
 */
export function lazyRecords<V>(tuples: TupleRuns, decode: (tuple: Tuple) => V): LookupMap<V> {
  const decoded = new Map<string, V>();
  const decodeOnce = (tuple: Tuple): V => {
    const code = tuple[0] as string;
    const known = decoded.get(code);
    if (known !== undefined) return known;
    const value = decode(tuple);
    decoded.set(code, value);
    return value;
  };
  return new LookupMap(
    tuples.count,
    (code) => {
      const tuple = tuples.tuple(code);
      return tuple === undefined ? undefined : decodeOnce(tuple);
    },
    () => {
      const all = new Map<string, V>();
      for (const tuple of tuples.all()) all.set(tuple[0] as string, decodeOnce(tuple));
      return all;
    },
  );
}
