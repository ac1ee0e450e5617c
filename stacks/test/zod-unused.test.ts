/**
 * The bundles' zod (stacks/zod-unused.ts): what Helios calls works as unbundled, what nobody calls
 * is a stub that says so — and nobody calls it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { describe, expect, test } from "vitest";
import { functionDefaults } from "../defaults";

const entry = `
import { z } from "zod";
const Item = z.object({ id: z.string().min(1), kind: z.enum(["a", "b"]), n: z.number().int().default(0) });
const Event = z.discriminatedUnion("type", [
  z.object({ type: z.literal("x"), item: Item }),
  z.object({ type: z.literal("y") }),
]);
export const parsed = Event.parse({ type: "x", item: { id: "1", kind: "a" } });
export const refused = Item.safeParse({ id: "", kind: "c" }).error?.issues.map((i) => i.path.join("."));
export const jsonSchema = z.toJSONSchema(Item);
export const compile = () => z.compile(Item);
export const fromJSONSchema = () => z.fromJSONSchema({ type: "string" });
`;

describe("zod in the bundles", () => {
  test("parses, reports issues and writes JSON Schema as zod does; compile and fromJSONSchema say they are left out", async () => {
    mkdirSync(".cache", { recursive: true });
    const outdir = mkdtempSync(join(".cache", "zod-unused-"));
    try {
      const outfile = join(outdir, "entry.mjs");
      await build({
        stdin: { contents: entry, resolveDir: process.cwd(), loader: "ts" },
        outfile,
        bundle: true,
        platform: "node",
        format: "esm",
        minify: true,
        plugins: [...functionDefaults.nodejs.esbuild.plugins],
        logLevel: "error",
      });
      const bundled = await import(pathToFileURL(join(process.cwd(), outfile)).href);
      expect(bundled.parsed).toEqual({ type: "x", item: { id: "1", kind: "a", n: 0 } });
      expect(bundled.refused).toEqual(["id", "kind"]);
      expect(bundled.jsonSchema).toMatchObject({ type: "object", required: ["id", "kind", "n"] });
      expect(bundled.compile).toThrow("z.compile is not bundled");
      expect(bundled.fromJSONSchema).toThrow("z.fromJSONSchema is not bundled");
      expect(readFileSync(outfile, "utf8")).not.toContain("z.compile does not support");
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  test("no Helios code calls what the bundles leave out", () => {
    const sources = ["functions", "packages/core/src", "packages/contracts/src", "stacks"].flatMap(
      (dir) =>
        readdirSync(dir, { recursive: true })
          .map(String)
          .filter((file) => file.endsWith(".ts") && !file.includes("test"))
          .map((file) => join(dir, file)),
    );
    const calls = sources.filter((file) =>
      /\b(z\.compile|compileFn|withParser|fromJSONSchema)\(/.test(readFileSync(file, "utf8")),
    );
    expect(calls).toEqual([]);
  });
});
