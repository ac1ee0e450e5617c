/**
 * Synthesizes the real sst.config.ts offline (no AWS, no network), as `sst deploy` would up to the
 * CloudFormation templates, and gives the tests the templates and the functions.
 *
 * Bundling: in "deploy" mode SST bundles every function with esbuild (and runs `npm install` in its
 * artifact folder) while `app.finish()` runs, one function at a time on a 2-core machine (~5 s each),
 * and a StaticSite runs its build command. SST 2.49 has no "skip build" switch (`isRunningSSTTest()`,
 * i.e. NODE_ENV=test, only skips the live-lambda IAM, the sourcemap uploader and AWS bootstrap
 * lookups). What it does have is `isActiveStack`, the mechanism behind `sst deploy <filter>`: a stack
 * that is not active gets its functions with inline placeholder code (no bundling; runtime nodejs22.x,
 * every other prop, binding, environment and permission as configured) and its StaticSite neither
 * built nor deployed. `bundle: false` (default) makes every stack inactive; `bundle: true` keeps all
 * stacks but Web active, so each handler of the manifest is really bundled.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Aspects, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import type { CfnFunction } from "aws-cdk-lib/aws-lambda";
import { AwsSolutionsChecks } from "cdk-nag";
import { App, type FunctionProps, getStack, Function as SstFunction } from "sst/constructs";
import type { FunctionalStack } from "sst/constructs/FunctionalStack.js";
import { initProject } from "sst/project.js";

export const region = "us-east-1";
export const account = "123456789012";

export interface SynthesizedFunction {
  /** The stack's function name in sst.config (Api, Realtime, …). */
  stack: string;
  logicalId: string;
  /** The props SST built the function from, app defaults included. */
  props: FunctionProps;
  /** The CloudFormation resource's Properties. */
  resource: Record<string, unknown>;
}

export interface Synth {
  stage: string;
  app: App;
  templates: Record<string, Template>;
  functions: SynthesizedFunction[];
  /** Milliseconds: initProject, stacks(app), app.finish() (bundling), templates. */
  timings: Record<string, number>;
  cleanup(): void;
}

type StackFunctions = Record<string, FunctionalStack<unknown>>;

/**
 * `loadConfig` imports sst.config.ts (and the stack modules) — a fresh import when a test mocks the
 * manifest; `stackFunctions` are the stack functions from that same import.
 */
export async function synthesize(options: {
  stage: string;
  bundle?: boolean;
  config: { stacks(app: App): void | Promise<void> };
  stackFunctions: StackFunctions;
}): Promise<Synth> {
  const { stage, bundle = false, config, stackFunctions } = options;
  const timings: Record<string, number> = {};
  let started = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - started);
    started = now;
  };

  await initProject({ stage });
  lap("initProject");
  const outdir = join(".sst", "test", `cdk.out.${stage}.${process.pid}.${Date.now()}`);
  const app = new App(
    {
      mode: "deploy",
      stage,
      name: "helios",
      region,
      account,
      isActiveStack: bundle ? (name) => !name.endsWith("-Web") : () => false,
    },
    { outdir },
  );
  await config.stacks(app);
  // AWS's own rule pack; its findings become construct metadata (see nagFindings).
  Aspects.of(app).add(new AwsSolutionsChecks());
  lap("stacks");
  await app.finish();
  lap("finish");
  if (!bundle) useDeployedRuntimes(app);

  const templates: Record<string, Template> = {};
  const functions: SynthesizedFunction[] = [];
  for (const [name, stackFunction] of Object.entries(stackFunctions)) {
    const stack = getStack(stackFunction);
    templates[name] = Template.fromStack(stack);
    const resources = templates[name].toJSON().Resources as Record<string, Record<string, unknown>>;
    for (const fn of stack.node.findAll()) {
      if (!(fn instanceof SstFunction)) continue;
      const logicalId = Stack.of(fn).getLogicalId(fn.node.defaultChild as CfnFunction);
      functions.push({
        stack: name,
        logicalId,
        props: (fn as unknown as { props: FunctionProps }).props,
        resource: resources[logicalId]?.Properties as Record<string, unknown>,
      });
    }
  }
  lap("templates");

  return {
    stage,
    app,
    templates,
    functions,
    timings,
    cleanup: () => rmSync(outdir, { recursive: true, force: true }),
  };
}

/**
 * An inactive stack's functions carry placeholder code on nodejs22.x (CDK has no inline code for
 * every runtime); `sst deploy` builds them and then sets the runtime from the props
 * (`cfnFunction.runtime = …`). Do the same here, so the templates say what deploys.
 */
function useDeployedRuntimes(app: App): void {
  for (const fn of app.node.findAll()) {
    if (!(fn instanceof SstFunction)) continue;
    const runtime = (fn as unknown as { props: FunctionProps }).props.runtime;
    if (runtime?.startsWith("nodejs")) (fn.node.defaultChild as CfnFunction).runtime = runtime;
  }
}

/** Turns CloudFormation's `Fn::Join` into a string, every reference shown as `<ref>`. */
export function flatten(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "Fn::Join" in value) {
    const [separator, parts] = (value as { "Fn::Join": [string, unknown[]] })["Fn::Join"];
    return parts.map(flatten).join(separator);
  }
  return "<ref>";
}

export function environmentOf(fn: SynthesizedFunction): Record<string, unknown> {
  const environment = fn.resource.Environment as
    | { Variables?: Record<string, unknown> }
    | undefined;
  return environment?.Variables ?? {};
}

export interface NagFinding {
  level: "error" | "warning";
  /** `AwsSolutions-IAM5[Resource::*]`: the rule and, for some rules, the finding. */
  rule: string;
  path: string;
  message: string;
}

/** cdk-nag's unsuppressed findings, read from the synthesized constructs' metadata. */
export function nagFindings(app: App): NagFinding[] {
  const findings: NagFinding[] = [];
  for (const construct of app.node.findAll()) {
    for (const entry of construct.node.metadata) {
      const level =
        entry.type === "aws:cdk:error"
          ? "error"
          : entry.type === "aws:cdk:warning"
            ? "warning"
            : "";
      const data = String(entry.data);
      if (!level || !data.startsWith("AwsSolutions-")) continue;
      const colon = data.indexOf(": ");
      findings.push({
        level,
        rule: data.slice(0, colon),
        path: construct.node.path,
        message: data.slice(colon + 2),
      });
    }
  }
  return findings;
}

/** Every cdk-nag suppression in the templates: rule, reason and where. */
export function nagSuppressions(synth: Synth) {
  const found: {
    stack: string;
    resource: string;
    id: string;
    reason: string;
    appliesTo?: unknown;
  }[] = [];
  for (const [stack, template] of Object.entries(synth.templates)) {
    const resources = (template.toJSON().Resources ?? {}) as Record<
      string,
      {
        Metadata?: {
          cdk_nag?: { rules_to_suppress?: { id: string; reason: string; applies_to?: unknown }[] };
        };
      }
    >;
    for (const [resource, { Metadata }] of Object.entries(resources)) {
      for (const rule of Metadata?.cdk_nag?.rules_to_suppress ?? []) {
        found.push({
          stack,
          resource,
          id: rule.id,
          reason: rule.reason,
          appliesTo: rule.applies_to,
        });
      }
    }
  }
  return found;
}
