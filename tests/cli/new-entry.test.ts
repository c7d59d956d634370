/** `npm run new` offers the `image` field, commented out and described, for the four types. */
import { describe, expect, it } from "vitest";
import { newEntryText } from "../../scripts/cli/new-entry.ts";
import { CONTENT_TYPES, buildSchemas } from "../../scripts/content-types/registry.ts";
import { readVocabulary } from "../../scripts/content-types/vocabulary.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

describe("the template of npm run new", () => {
  const schemas = buildSchemas(readVocabulary(PROJECT_ROOT));
  it.each(CONTENT_TYPES)("shows image, commented, for %s", (type) => {
    const text = newEntryText(schemas[type], "Titre");
    expect(text).toMatch(/^# Facultatif\. Image en tête de page .*content\/medias\/.*\n# image:$/m);
  });
});
