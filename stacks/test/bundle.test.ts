/**
 * `sst deploy`'s own bundling (every stack but Web active): each function builds with the
 * route-group plugin, its bundle holds the routes of its group, runs on the runtime the props name
 * (not the offline placeholder's), and cdk-nag still finds no unsuppressed error. Slow (~40 s):
 * SST bundles the functions one by one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import config from "../../sst.config";
import { groupRouteHandlers } from "../route-groups";
import { stackFunctions } from "./stack-functions";
import { nagFindings, type Synth, synthesize } from "./synth";

describe("bundled as sst deploy bundles", () => {
  let synth: Synth;
  beforeAll(async () => {
    synth = await synthesize({ stage: "test", bundle: true, config, stackFunctions });
  }, 600_000);
  afterAll(() => synth?.cleanup());

  test("every function is built, on nodejs24.x, its group's routes in its bundle", () => {
    const outdir = synth.app.outdir;
    for (const fn of synth.functions) {
      expect(fn.resource.Runtime, fn.logicalId).toBe("nodejs24.x");
      const key = String((fn.resource.Code as { S3Key: string }).S3Key).replace(/\.zip$/, "");
      const group = /^functions\/groups\/([a-z]+)\.handler$/.exec(fn.props.handler ?? "")?.[1];
      if (!group) continue;
      const asset = join(outdir, `asset.${key}`);
      const files = readdirSync(asset, { recursive: true }).map(String);
      const entry = files.find((f) => f.endsWith(`${group}.mjs`));
      expect(entry, `${group} bundle in ${files.join(", ")}`).toBeDefined();
      const code = readFileSync(join(asset, entry ?? ""), "utf8");
      for (const routeKey of Object.keys(groupRouteHandlers(group))) {
        expect(code.includes(routeKey), `${group} serves ${routeKey}`).toBe(true);
      }
    }
  });

  test("cdk-nag: no unsuppressed error on the deployed templates either", () => {
    const errors = nagFindings(synth.app).filter((f) => f.level === "error");
    expect(errors.map((f) => `${f.rule} ${f.path}`)).toEqual([]);
  });
});
