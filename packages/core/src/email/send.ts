import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { env, requireEnv } from "../config";
import { logger } from "../logger";

/** An e-mail to one person: a plain-text body and its HTML twin. */
export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
}

let client: SESv2Client | undefined;

/**
 * Amazon SES (v2). SES_ENDPOINT points the same client at a stand-in (the local cloud's mail
 * sandbox speaks SES's SendEmail); the sender is EMAIL_FROM, the identity the IAM grant names.
 */
function ses(): SESv2Client {
  client ??= new SESv2Client({
    endpoint: env("SES_ENDPOINT"),
    region: env("SES_REGION") ?? env("AWS_REGION") ?? "us-east-1",
    ...(env("SES_ENDPOINT")
      ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } }
      : {}),
  });
  return client;
}

export async function sendEmail(email: Email): Promise<void> {
  await ses().send(
    new SendEmailCommand({
      FromEmailAddress: requireEnv("EMAIL_FROM"),
      Destination: { ToAddresses: [email.to] },
      Content: {
        Simple: {
          Subject: { Data: email.subject, Charset: "UTF-8" },
          Body: {
            Text: { Data: email.text, Charset: "UTF-8" },
            Html: { Data: email.html, Charset: "UTF-8" },
          },
        },
      },
    }),
  );
}

/**
 * Sends after the write it reports on succeeded; a failure is logged (without the message, which
 * holds a link's secret) and does not undo the write: the person can ask for the e-mail again.
 */
export async function sendEmailAfterWrite(compose: () => Email, purpose: string): Promise<boolean> {
  try {
    await sendEmail(compose());
    return true;
  } catch (error) {
    logger.error("could not send an e-mail", {
      purpose,
      error: error instanceof Error ? error.name : "unknown",
    });
    return false;
  }
}
