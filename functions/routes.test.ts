import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { handlerOf, routes } from "@helios/contracts/routes";
import { describe, expect, test } from "vitest";

/** Handler files: every module under functions/http and functions/webhooks but their helpers. */
function handlerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "lib" ? [] : handlerFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Modules beside the handlers that serve them and answer no route. */
const HELPERS = ["functions/webhooks/twilio-request.ts"];

describe("the route table and the handler files", () => {
  const ids = Object.keys(routes) as (keyof typeof routes)[];

  test("every entry has a handler file that exports `handler`", async () => {
    for (const id of ids) {
      const file = `${handlerOf(id).replace(/\.handler$/, "")}.ts`;
      const module: Record<string, unknown> = await import(
        /* @vite-ignore */ pathToFileURL(resolve(file)).href
      );
      expect(typeof module.handler, `${id}: ${file}`).toBe("function");
    }
  });

  test("every handler file has an entry", () => {
    const files = [...handlerFiles("functions/http"), ...handlerFiles("functions/webhooks")]
      .map((path) => relative(".", path))
      .filter((path) => !HELPERS.includes(path));
    const bound = new Set(ids.map((id) => `${handlerOf(id).replace(/\.handler$/, "")}.ts`));
    expect(files.filter((file) => !bound.has(file))).toEqual([]);
    expect(files.length).toBe(ids.length);
  });

  test("an operation id names its handler file, and no two entries share a method and path", () => {
    expect(handlerOf("agents/create")).toBe("functions/http/agents/create.handler");
    expect(handlerOf("webhooks/meta-verify")).toBe("functions/webhooks/meta-verify.handler");
    const keys = ids.map((id) => `${routes[id].method} ${routes[id].path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
