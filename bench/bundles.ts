/**
 * Each Lambda's bundle as `sst deploy` builds it (esbuild, ESM, minified, the AWS SDK external, the
 * route-group plugin of stacks/defaults.ts), with its size and its module init time. The Lambdas
 * are the functions the stacks deploy: one per route group (functions/groups/*) and one per worker.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { httpGroupOf, httpRoutes, queueRoutes } from "@helios/functions/routes";
import { build } from "esbuild";
import { z } from "zod";
import { functionDefaults } from "../stacks/defaults";
import { groupHandler, httpGroupNames, webSocketGroup } from "../stacks/route-groups";

export interface BundleFigure {
  handler: string;
  bytes: number;
  /** The bundle's own module init, in ms. */
  initMs: number;
  /** Loading the AWS SDK packages it imports from the runtime, in ms. */
  sdkMs: number;
}

const BANNER = [
  "import { createRequire as topLevelCreateRequire } from 'module';",
  "const require = topLevelCreateRequire(import.meta.url);",
].join("\n");

export async function measureBundles(): Promise<BundleFigure[]> {
  const groups = new Set(httpRoutes.map(httpGroupOf));
  const handlers = [
    ...httpGroupNames.filter((group) => groups.has(group)).map(groupHandler),
    groupHandler(webSocketGroup),
    ...queueRoutes.flatMap((q) => (q.handler ? [q.handler] : [])),
  ];
  // Inside the repository, so the external AWS SDK resolves from node_modules as on Lambda.
  mkdirSync(".cache", { recursive: true });
  const outdir = mkdtempSync(join(".cache", "bundles-"));
  try {
    const outfileOf = (handler: string) =>
      join(outdir, `${handler.slice(0, handler.lastIndexOf(".")).replaceAll("/", "_")}.mjs`);
    // One build of every entry point, each bundled on its own (no shared chunks), as SST does.
    await build({
      entryPoints: handlers.map((handler) => ({
        in: `${handler.slice(0, handler.lastIndexOf("."))}.ts`,
        out: outfileOf(handler).slice(outdir.length + 1, -".mjs".length),
      })),
      outdir,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      platform: "node",
      format: "esm",
      target: "esnext",
      mainFields: ["module", "main"],
      keepNames: true,
      minify: true,
      banner: { js: BANNER },
      // As deployed (stacks/defaults.ts): the Lambda runtime provides AWS SDK v3.
      external: [...functionDefaults.nodejs.esbuild.external],
      plugins: [...functionDefaults.nodejs.esbuild.plugins],
      logLevel: "error",
    });
    const figures = handlers.map((handler) => ({
      handler,
      bytes: statSync(outfileOf(handler)).size,
      ...medianColdInit(outfileOf(handler)),
    }));
    return figures;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Cold starts vary by tens of ms on a shared machine: the median of five, each in its own process. */
function medianColdInit(outfile: string): { sdkMs: number; initMs: number } {
  const runs = Array.from({ length: 5 }, () => coldInit(outfile));
  const median = (values: number[]) =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return { sdkMs: median(runs.map((r) => r.sdkMs)), initMs: median(runs.map((r) => r.initMs)) };
}

/**
 * A cold start in a fresh Node process, in two parts: loading the AWS SDK packages the bundle
 * imports (the runtime provides them; their cost is the same for any handler that uses them), then
 * the bundle's own module init.
 */
function coldInit(outfile: string): { sdkMs: number; initMs: number } {
  const sdk = [
    ...new Set(
      [...readFileSync(outfile, "utf8").matchAll(/"(@aws-sdk\/[a-z0-9-]+)"/g)].map((m) => m[1]),
    ),
  ];
  const script = [
    "let t = performance.now();",
    ...sdk.map((name) => `await import(${JSON.stringify(name)});`),
    "const sdkMs = performance.now() - t; t = performance.now();",
    `await import(${JSON.stringify(pathToFileURL(resolve(outfile)).href)});`,
    "process.stdout.write(JSON.stringify({ sdkMs, initMs: performance.now() - t }));",
  ].join("\n");
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: dirname(outfile),
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    encoding: "utf8",
  });
  const { sdkMs, initMs } = ColdInit.parse(JSON.parse(output));
  return { sdkMs: Math.round(sdkMs), initMs: Math.round(initMs * 10) / 10 };
}

const ColdInit = z.object({ sdkMs: z.number(), initMs: z.number() });

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  const figures = await measureBundles();
  console.log(`${figures.length} functions`);
  for (const f of figures)
    console.log(
      `${(f.bytes / 1024).toFixed(0).padStart(6)} KB  ${String(f.initMs).padStart(6)} ms (+ SDK ${String(f.sdkMs).padStart(4)} ms)  ${f.handler}`,
    );
  writeFileSync(join(tmpdir(), "helios-bundles.json"), JSON.stringify(figures, null, 2));
}
