// Thin wiring only: every piece of logic lives in typed modules under scripts/.
// The commands run the JavaScript compiled from scripts/ into dist/ (scripts/compile/compile.mjs);
// the tests start them from their TypeScript sources, through tsx. The configuration comes
// from the same tree as the command. The model is not set here: the command that made it
// gives it to Eleventy as global data (scripts/eleventy/observatory-data.ts).
const fromSources = process.argv[1]?.endsWith(".ts") ?? false;

export default async function (eleventyConfig) {
  const { configureEleventy } = await import(fromSources ? "./scripts/eleventy/configure.ts" : "./dist/eleventy/configure.js");
  return configureEleventy(eleventyConfig);
}
