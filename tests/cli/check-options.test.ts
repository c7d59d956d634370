import { describe, expect, it } from "vitest";
import { readCheckOptions } from "../../scripts/cli/check-options.ts";

const plain = (result: ReturnType<typeof readCheckOptions>) => ("problem" in result ? { problem: result.problem.replace(/[\u00a0\u202f]/g, " ") } : result);

describe("readCheckOptions", () => {
  it("reads the files to check and the report's format and file, written with or without « = »", () => {
    expect(readCheckOptions(["--", "content/dynamiques/eusko.md", "--format=json", "--output", "rapport.json"], {})).toEqual({
      format: "json",
      output: "rapport.json",
      files: ["content/dynamiques/eusko.md"],
    });
  });

  it("prints for people by default, and for GitHub inside GitHub Actions", () => {
    expect(readCheckOptions([], {})).toEqual({ format: "text", output: undefined, files: [] });
    expect(readCheckOptions([], { GITHUB_ACTIONS: "true" })).toMatchObject({ format: "github" });
    expect(readCheckOptions(["--format=gitlab"], { GITHUB_ACTIONS: "true" })).toMatchObject({ format: "gitlab" });
  });

  it("explains in French an unknown option, an unknown format and an option without a value", () => {
    expect(plain(readCheckOptions(["--fromat=json"], {}))).toMatchObject({ problem: expect.stringContaining("--format") });
    expect(plain(readCheckOptions(["--format=jsn"], {}))).toMatchObject({ problem: expect.stringContaining("json") });
    expect(plain(readCheckOptions(["--output", "--format=json"], {}))).toMatchObject({ problem: expect.stringContaining("rapport.json") });
    expect(plain(readCheckOptions(["--output="], {}))).toHaveProperty("problem");
  });
});
