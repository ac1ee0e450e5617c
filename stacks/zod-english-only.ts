import type { Plugin } from "esbuild";

/**
 * zod 4 re-exports all of its ~50 message locales from its `z` namespace, and a namespace import
 * cannot be tree-shaken: half of every Lambda bundle (about 260 KB) was translations nobody loads.
 * Helios's messages are English (zod's default), so the bundle gets only that locale; `z.locales`
 * keeps `en`.
 */
export const zodEnglishOnly: Plugin = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core|mini)[\\/]/.test(args.importer)
        ? { path: "zod-locales-en", namespace: "zod-english-only", pluginData: args.resolveDir }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-english-only" }, (args) => ({
      contents: 'export { default as en } from "../locales/en.js";',
      resolveDir: args.pluginData,
      loader: "js",
    }));
  },
};
