import type { Plugin } from "esbuild";

/** zod's modules that only its namespace re-exports, which Helios and its libraries never call. */
const unused: Record<string, { importer: RegExp; contents: string }> = {
  // `z.compile` and friends (30 KB minified): an opt-in fast-path compiler.
  "./compile.js": {
    importer: /[\\/]zod[\\/]v4[\\/]core[\\/]index\.js$/,
    contents: [
      "const absent = () => { throw new Error('z.compile is not bundled (stacks/zod-unused.ts)'); };",
      "export const INVALID = Symbol.for('zod.compile.invalid');",
      "export class ZodCompileAsyncError extends Error {}",
      "export class ZodCompileUnsupportedError extends Error {}",
      "export const compile = absent, withParser = absent, compileFn = absent;",
    ].join("\n"),
  },
  // `z.fromJSONSchema` (12 KB): schemas are written in code here, never read from JSON Schema.
  "./from-json-schema.js": {
    importer: /[\\/]zod[\\/]v4[\\/]classic[\\/]external\.js$/,
    contents:
      "export const fromJSONSchema = () => { throw new Error('z.fromJSONSchema is not bundled (stacks/zod-unused.ts)'); };",
  },
};

/**
 * zod 4's `z` namespace re-exports every module, and a namespace import cannot be tree-shaken: the
 * modules no Helios code (nor openai's helpers, nor Powertools) reaches are replaced by stubs that
 * say so if ever called. `functions/**` and `packages/**` are checked for such calls by
 * stacks/test/zod-unused.test.ts.
 */
export const zodUnused: Plugin = {
  name: "zod-unused",
  setup(build) {
    build.onResolve({ filter: /^\.\/(compile|from-json-schema)\.js$/ }, (args) => {
      const stub = unused[args.path];
      return stub?.importer.test(args.importer)
        ? { path: args.path, namespace: "zod-unused" }
        : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: "zod-unused" }, (args) => ({
      contents: unused[args.path]?.contents ?? "",
      loader: "js",
    }));
  },
};
