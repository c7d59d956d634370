/** Workflow commands GitHub reads as written: nothing in a path or a message can end or forge one. */
import { describe, expect, it } from "vitest";
import type { ContentError } from "../../../scripts/errors/content-error.ts";
import { githubAnnotation, githubAnnotations } from "../../../scripts/cli/report-formats/github.ts";

const error = (file: string, message: string, line = 3): ContentError => ({ file, line, column: 5, key: "yamlSyntax", message });

describe("GitHub workflow commands", () => {
  it("percent-encodes %, CR and LF in the message, and : and , too in properties", () => {
    expect(githubAnnotation(error("content/a:b,c%.md", "50 % ok\r\n::error::forgée"))).toBe(
      "::error file=content/a%3Ab%2Cc%25.md,line=3,col=5,title=yamlSyntax::50 %25 ok%0D%0A::error::forgée",
    );
  });

  it("shows escape sequences in a path or message instead of sending them to the log", () => {
    expect(githubAnnotation(error("content/\u001b[31m.md", "x\u001b[2Jy"))).toBe(
      "::error file=content/<U+001B>[31m.md,line=3,col=5,title=yamlSyntax::x<U+001B>[2Jy",
    );
  });

  it("says, past the ten annotations GitHub shows per step, that the log lists them all", () => {
    const many = Array.from({ length: 12 }, (_, index) => error("content/visites/x.md", "m", index + 1));
    const lines = githubAnnotations(many);
    expect(lines).toHaveLength(13);
    expect(lines.at(-1)?.replace(/[\u00a0\u202f]/g, " ")).toBe(
      "::notice::GitHub Actions n’affiche sur les lignes des fichiers que les 10 premières erreurs d’une étape, sur 12 erreurs ; le journal de l’étape les liste toutes.",
    );
    expect(githubAnnotations(many.slice(0, 10))).toHaveLength(10);
  });
});
