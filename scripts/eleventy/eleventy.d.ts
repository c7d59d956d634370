// Eleventy 3 ships JavaScript without type definitions; these are the parts we use.
declare module "@11ty/eleventy" {
  export const HtmlBasePlugin: unknown;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; config?: (config: unknown) => void });
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}

declare module "@11ty/eleventy-plugin-rss" {
  export const feedPlugin: unknown;
}
