// Thin wiring only: every piece of logic lives in typed modules under scripts/.
// tsx registers TypeScript loading first, so that the configuration and the data
// files in data/ can be written in TypeScript.
import "tsx/esm";

export default async function (eleventyConfig) {
  const { configureEleventy } = await import("./scripts/eleventy/configure.ts");
  return configureEleventy(eleventyConfig);
}
