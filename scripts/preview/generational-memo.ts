/**
 * Remembers the results of a pure function of a string across the preview's rebuilds.
 * A result can never be out of date, since it depends on the string alone; a string no
 * rebuild asked for since the one before is forgotten, so memory follows the content.
 */
export class GenerationalMemo<T> {
  #current = new Map<string, T>();
  #previous = new Map<string, T>();

  constructor(private readonly compute: (text: string) => T) {}

  get(text: string): T {
    let result = this.#current.get(text) ?? this.#previous.get(text);
    if (result === undefined) result = this.compute(text);
    this.#current.set(text, result);
    return result;
  }

  /** Called at the start of each rebuild. */
  nextGeneration(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }
}
