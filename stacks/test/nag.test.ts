/**
 * AWS's own rule pack for CDK apps (cdk-nag AwsSolutionsChecks) over the whole synthesized app, on
 * a disposable stage and a production one: no unsuppressed error. Suppressions live in the stacks
 * (stacks/nag.ts), each with its reason; this test lists them.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import config from "../../sst.config";
import { stackFunctions } from "./stack-functions";
import { nagFindings, nagSuppressions, type Synth, synthesize } from "./synth";

const SYNTH_TIMEOUT = 120_000;

describe.each(["test", "prod"])("cdk-nag AwsSolutions, stage %s", (stage) => {
  let synth: Synth;
  beforeAll(async () => {
    synth = await synthesize({ stage, config, stackFunctions });
  }, SYNTH_TIMEOUT);
  afterAll(() => synth?.cleanup());

  test("no unsuppressed error", () => {
    const errors = nagFindings(synth.app).filter((f) => f.level === "error");
    const summary = errors.map((f) => `${f.rule} ${f.path}: ${f.message.slice(0, 160)}`);
    expect(summary).toEqual([]);
  });

  test("every suppression gives a reason", () => {
    const suppressions = nagSuppressions(synth);
    for (const s of suppressions)
      expect(s.reason.length, `${s.id} on ${s.resource}`).toBeGreaterThan(40);
    const counts = new Map<string, number>();
    for (const s of suppressions) {
      const key = `${s.id} ${s.appliesTo ? JSON.stringify(s.appliesTo) : ""}: ${s.reason}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    console.info(
      `cdk-nag suppressions (stage ${stage}):\n${[...counts].map(([k, n]) => `  ${n} × ${k}`).join("\n")}`,
    );
  });
});
