// Eleventy Image 7 ships JavaScript without type definitions; this is the part we use.
declare module "@11ty/eleventy-img" {
  export default function Image(src: string, options: Record<string, unknown>): Promise<Record<string, unknown[]>>;
}
