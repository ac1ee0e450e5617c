/**
 * cdk-nag suppressions live next to what they excuse, here in the stacks, so they apply wherever
 * the app is checked (the stacks tests run `AwsSolutionsChecks` over the whole app). Each one says
 * why the finding is accepted; where a fix exists the stacks fix instead.
 */
import { Stack } from "aws-cdk-lib";
import { NagSuppressions, type RegexAppliesTo } from "cdk-nag";
import type { IConstruct } from "constructs";
import { StaticSite } from "sst/constructs";

/** `[rule id, reason]` or `[rule id, reason, the findings it covers]`. */
export type Suppression = [id: string, reason: string, appliesTo?: (string | RegexAppliesTo)[]];

export function suppress(construct: IConstruct, suppressions: Suppression[]): void {
  NagSuppressions.addResourceSuppressions(
    construct,
    suppressions.map(([id, reason, appliesTo]) => ({
      id: `AwsSolutions-${id}`,
      reason,
      ...(appliesTo ? { appliesTo } : {}),
    })),
    true,
  );
}

/** A function's role: the two wildcards it may hold, each unavoidable (stacks/defaults.ts). */
export const functionRoleSuppressions: Suppression[] = [
  [
    "IAM5",
    "X-Ray tracing is on for every function, and xray:PutTraceSegments / PutTelemetryRecords support no resource-level scoping; the stacks tests assert that no other action is granted on *.",
    ["Resource::*"],
  ],
  [
    "IAM5",
    "Publishing to a WebSocket client is POST/DELETE on @connections/{connectionId}, and connection ids exist only once clients connect; the grant is this API's own stage only.",
    [
      {
        regex:
          "/^Resource::arn:<AWS::Partition>:execute-api:[^:]+:[^:]+:<[A-Za-z0-9]+>\\/[^/*]+\\/\\*\\/@connections\\/\\*$/g",
      },
    ],
  ],
];

/**
 * SST's own per-stack custom-resource handler (it fetches secrets at deploy, uploads the web app,
 * …): SST builds it, with the basic execution role and its own runtime; the app's functions have
 * neither.
 */
export function suppressSstInternals(stack: Stack): void {
  const handler = (stack as Stack & { customResourceHandler?: IConstruct }).customResourceHandler;
  if (!handler) return;
  const uploadsSite = stack.node.findAll().some((c) => c instanceof StaticSite);
  suppress(handler, [
    [
      "IAM4",
      "SST's deploy-time custom-resource handler (not an app function) is created by SST with AWSLambdaBasicExecutionRole; it runs only during deployments.",
    ],
    [
      "L1",
      "SST 2.49 pins the runtime of its own deploy-time custom-resource handler; the app's functions run the latest Node.js runtime.",
    ],
    ...(uploadsSite
      ? ([
          [
            "IAM5",
            "SST's deploy-time handler uploads the web app into the site bucket (objects: bucket/*) from the CDK asset bucket; it runs only during deployments.",
          ],
        ] satisfies Suppression[])
      : []),
  ]);
}

/** Every stack of the app. */
export function suppressAppInternals(root: IConstruct): void {
  for (const child of root.node.children) if (child instanceof Stack) suppressSstInternals(child);
}
