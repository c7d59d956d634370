// Eleventy 3 ships JavaScript without type definitions; these are the parts we use.
declare module "@11ty/eleventy" {
  export const HtmlBasePlugin: unknown;
  /** The configuration API the commands call from the `config` callback of the constructor. */
  export interface EleventyUserConfig {
    /** A function is called once per build, when the build first reads its global data. */
    addGlobalData(name: string, data: unknown): void;
    on(event: "eleventy.beforeWatch", listener: (changed: string[]) => void): void;
    on(event: "eleventy.after", listener: (build: { directories: { output: string } }) => void): void;
    setServerOptions(options: object): void;
  }
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        configPath?: string;
        quietMode?: boolean;
        runMode?: "build" | "watch" | "serve";
        /** Runs before the project's configuration file, and again whenever Eleventy reloads its configuration. */
        config?: (config: EleventyUserConfig) => void;
      },
    );
    init(): Promise<void>;
    write(): Promise<unknown>;
    disableLogger(): void;
    readonly logger: { overrideLogger(logger: Pick<Console, "log" | "info" | "warn" | "error"> | false): void };
    /** Builds, then watches; resolves to the function that queues a changed path for a rebuild. */
    watch(): Promise<(path: string) => Promise<void>>;
    /** The chokidar watcher, once `watch()` has resolved. */
    readonly watcher: { on(event: "unlink", listener: (path: string) => void): void };
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
}

declare module "@11ty/eleventy-plugin-rss" {
  export const feedPlugin: unknown;
}
