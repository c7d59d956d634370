/**
 * A content file at each step before it becomes a page: as read (load), as parsed (parse),
 * as validated (validate), and how its texts are rendered (resolve). The steps produce them;
 * the libraries that work on them (render, media) read them from here, below the pipeline.
 */
import type { Position } from "../errors/content-error.ts";
import type {
  ContentType,
  DynamiqueData,
  EvenementData,
  TerritoireData,
  VisiteData,
} from "../content-types/registry.ts";

export interface SourceFile {
  /** Path from the project root with forward slashes, as shown in messages. */
  readonly path: string;
  readonly type: ContentType;
  readonly slug: string;
  /** Decoded text, without byte-order mark, with `\n` line endings. */
  readonly text: string;
}

export type FieldPath = ReadonlyArray<string | number>;

/** Where a field is written: its key (`"key"`) or its value (`"value"`). */
export type Locator = (path: FieldPath, part?: "key" | "value") => Position;

export interface ParsedFile extends SourceFile {
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** Line of the file on which the Markdown body starts. */
  readonly bodyLine: number;
  readonly locate: Locator;
}

interface Validated<T extends ContentType, D> extends Omit<ParsedFile, "data" | "type"> {
  readonly type: T;
  readonly data: D;
}

/** A file whose frontmatter matches its schema, with the typed data the schema produced. */
export type ValidFile =
  | Validated<"dynamiques", DynamiqueData>
  | Validated<"visites", VisiteData>
  | Validated<"evenements", EvenementData>
  | Validated<"territoires", TerritoireData>;

/** How contributor text becomes reader text: the Markdown body as safe HTML, short texts with French typography. */
export interface TextRendering {
  readonly body: (file: ValidFile) => string;
  readonly text: (plain: string) => string;
}
