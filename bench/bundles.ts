/**
 * Each Lambda's bundle as `sst deploy` builds it (esbuild, ESM, minified, everything bundled — SST
 * v2 keeps nothing external for ESM functions), with its size and its module init time.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { httpRoutes, queueRoutes, webSocketRoutes } from "@helios/functions/routes";
import { build } from "esbuild";

export interface BundleFigure {
  handler: string;
  bytes: number;
  initMs: number;
}

const BANNER = [
  "import { createRequire as topLevelCreateRequire } from 'module';",
  "const require = topLevelCreateRequire(import.meta.url);",
].join("\n");

export async function measureBundles(): Promise<BundleFigure[]> {
  const handlers = [
    ...new Set([
      ...httpRoutes.map((r) => r.handler),
      ...Object.values(webSocketRoutes),
      ...queueRoutes.flatMap((q) => (q.handler ? [q.handler] : [])),
    ]),
  ];
  // Inside the repository, so the external AWS SDK resolves from node_modules as on Lambda.
  mkdirSync(".cache", { recursive: true });
  const outdir = mkdtempSync(join(".cache", "bundles-"));
  try {
    const figures: BundleFigure[] = [];
    for (const handler of handlers) {
      const file = handler.slice(0, handler.lastIndexOf("."));
      const outfile = join(outdir, `${file.replaceAll("/", "_")}.mjs`);
      await build({
        entryPoints: [`${file}.ts`],
        outfile,
        bundle: true,
        platform: "node",
        format: "esm",
        target: "esnext",
        mainFields: ["module", "main"],
        keepNames: true,
        minify: true,
        banner: { js: BANNER },
        // As deployed (stacks/defaults.ts): the Lambda runtime provides AWS SDK v3.
        external: ["@aws-sdk/*"],
        logLevel: "error",
      });
      const bytes = statSync(outfile).size;
      const started = performance.now();
      await import(pathToFileURL(resolve(outfile)).href);
      figures.push({ handler, bytes, initMs: Math.round((performance.now() - started) * 10) / 10 });
    }
    return figures;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  const figures = await measureBundles();
  for (const f of figures)
    console.log(
      `${(f.bytes / 1024).toFixed(0).padStart(6)} KB  ${String(f.initMs).padStart(6)} ms  ${f.handler}`,
    );
  writeFileSync(join(tmpdir(), "helios-bundles.json"), JSON.stringify(figures, null, 2));
}
