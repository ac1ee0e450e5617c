/**
 * Settings shared by every stack: which stages are production, and the defaults every Lambda gets.
 */
import { type FunctionProps, Function as SstFunction } from "sst/constructs";
import { zodEnglishOnly } from "./zod-english-only";

/** `prod`, `production`, `prod-eu`, … and `staging` keep their data; every other stage is disposable. */
export function isProductionStage(stage: string): boolean {
  return stage === "staging" || stage.startsWith("prod");
}

/** API Gateway gives an integration 30 s; Twilio gives a webhook 15 s. Answer well within both. */
export const HTTP_TIMEOUT_SECONDS = 10;
/** Queue workers call the AI provider and the WhatsApp providers. */
export const WORKER_TIMEOUT_SECONDS = 60;

/** Applied with `app.setDefaultFunctionProps` to every function of the app. */
export const functionDefaults = {
  runtime: "nodejs22.x",
  architecture: "arm_64",
  memorySize: "512 MB",
  timeout: `${HTTP_TIMEOUT_SECONDS} seconds`,
  // Minified bundles are less than half the size (faster cold starts); SST keeps function names.
  // The nodejs22.x runtime ships AWS SDK v3, so bundling it again only slows cold starts.
  // zod ships every message locale in its namespace; the bundles keep English only.
  nodejs: {
    format: "esm",
    minify: true,
    esbuild: { external: ["@aws-sdk/*"], plugins: [zodEnglishOnly] },
  },
} satisfies FunctionProps;

/** What a function is given on top of the defaults: bindings, environment, IAM statements, … */
export type FunctionGrant = Omit<FunctionProps, "handler">;

/** One function's props: its handler plus the grants it needs, merged the way SST merges defaults. */
export function functionProps(handler: string, ...grants: FunctionGrant[]): FunctionProps {
  return grants.reduce<FunctionProps>((props, grant) => SstFunction.mergeProps(props, grant), {
    handler,
  });
}

/** Adds a grant to a function that already exists (when the grant needs the construct that made it). */
export function addGrant(fn: SstFunction, grant: FunctionGrant): void {
  for (const [name, value] of Object.entries(grant.environment ?? {})) {
    fn.addEnvironment(name, value);
  }
  if (grant.permissions) fn.attachPermissions(grant.permissions);
  if (grant.bind) fn.bind(grant.bind);
}
