/**
 * E-mail through Amazon SES (v2): the sender comes from the deployer's configuration and the
 * functions that send mail may send as that identity only.
 *
 * - `EMAIL_FROM`: the sender, `Helios <no-reply@example.com>` or `no-reply@example.com`; its domain
 *   (or the address itself) must be a verified SES identity in the stage's region.
 * - `EMAIL_IDENTITY`: the SES identity to grant, when it is not the sender's domain.
 * - `APP_URL`: the web app's public URL (e-mailed links point there); the web app is deployed after
 *   the API, so its URL comes from configuration (a custom domain) rather than from the Web stack.
 */
import { Aws, type Stack } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { FunctionGrant } from "./defaults";

export function emailSettings(env: NodeJS.ProcessEnv = process.env) {
  const from = env.EMAIL_FROM || "no-reply@example.com";
  const address = from.match(/<([^>]+)>/)?.[1] ?? from;
  const identity = env.EMAIL_IDENTITY || address.split("@")[1] || address;
  return { from, address, identity, appUrl: env.APP_URL };
}

/** EMAIL_FROM (and APP_URL) plus `ses:SendEmail` on the sender's identity, nothing wider. */
export function emailGrant(stack: Stack): FunctionGrant {
  const { from, address, identity, appUrl } = emailSettings();
  const identityArn = (name: string) =>
    `arn:${Aws.PARTITION}:ses:${stack.region}:${stack.account}:identity/${name}`;
  return {
    environment: { EMAIL_FROM: from, ...(appUrl ? { APP_URL: appUrl } : {}) },
    permissions: [
      new PolicyStatement({
        actions: ["ses:SendEmail"],
        resources: [...new Set([identityArn(identity), identityArn(address)])],
        conditions: { StringEquals: { "ses:FromAddress": address } },
      }),
    ],
  };
}
