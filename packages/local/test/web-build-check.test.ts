/**
 * `npm start` and `npm test` never serve a deploy build: after `sst build`/`sst deploy`, web/dist
 * holds `{{ VITE_API_URL }}` placeholders that only the uploaded copy gets filled in.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { isDeployBuild, rebuildReason } from "../../../scripts/web-build-check.mjs";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function builtApp(script: string): { dist: string; sources: string } {
  const root = mkdtempSync(join(tmpdir(), "helios-web-"));
  dirs.push(root);
  const dist = join(root, "dist");
  const sources = join(root, "src");
  mkdirSync(join(dist, "assets"), { recursive: true });
  mkdirSync(sources);
  writeFileSync(join(sources, "main.tsx"), "export {};");
  const old = new Date(Date.now() - 60_000);
  utimesSync(join(sources, "main.tsx"), old, old);
  writeFileSync(join(dist, "index.html"), '<script type="module" src="/assets/index.js"></script>');
  writeFileSync(join(dist, "assets", "index.js"), script);
  return { dist, sources };
}

describe("the local web build check", () => {
  test("a deploy build (SST's placeholders) is rebuilt, whatever its date", () => {
    const { dist, sources } = builtApp(
      'const apiBaseUrl = "{{ VITE_API_URL }}"; const ws = "{{ VITE_WS_URL }}";',
    );
    expect(isDeployBuild(dist)).toBe(true);
    expect(rebuildReason(dist, [sources])).toMatch(/deploy build/);
  });

  test("a local build newer than its sources is served as it is", () => {
    const { dist, sources } = builtApp('const apiBaseUrl = ""; const greeting = "Hi {{1}}";');
    expect(isDeployBuild(dist)).toBe(false);
    expect(rebuildReason(dist, [sources])).toBeNull();
  });

  test("a local build older than its sources, or none at all, is built", () => {
    const { dist, sources } = builtApp('const apiBaseUrl = "";');
    const builtAt = new Date(Date.now() - 30_000);
    utimesSync(join(dist, "index.html"), builtAt, builtAt);
    writeFileSync(join(sources, "new.tsx"), "export {};");
    expect(rebuildReason(dist, [sources])).toMatch(/sources changed/);
    expect(rebuildReason(join(dist, "missing"), [sources])).toMatch(/not built/);
  });

  test("the web/dist the tests serve is a local build", () => {
    expect(isDeployBuild(join("web", "dist"))).toBe(false);
  });
});
