import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { capMap, parseJson, send } from "./http";
import { mailPage } from "./mail-page";

export const SES_SANDBOX_PATH = "/_sandbox/ses";
export const MAIL_API_PATH = "/_sandbox/mail";
export const MAIL_PAGE_PATH = "/sandbox/mail";

/** `SES_ENDPOINT` for a local cloud at `baseUrl`: the SES v2 client talks to the mail sandbox. */
export const sesSandboxEndpoint = (baseUrl: string) =>
  `${baseUrl.replace(/\/+$/, "")}${SES_SANDBOX_PATH}`;

/** SES v2 `SendEmail` (POST /v2/email/outbound-emails), the part Helios sends. */
const SendEmailRequest = z.object({
  FromEmailAddress: z.string().optional(),
  Destination: z.object({ ToAddresses: z.array(z.string()).min(1) }),
  Content: z.object({
    Simple: z.object({
      Subject: z.object({ Data: z.string() }),
      Body: z.object({
        Text: z.object({ Data: z.string() }).optional(),
        Html: z.object({ Data: z.string() }).optional(),
      }),
    }),
  }),
});

export interface SandboxMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  sentAt: string;
}

const KEEP = 1000;

/**
 * Amazon SES as Helios uses it, in memory: every message sent is kept and shown, so sign-up,
 * password reset and invitations work end to end offline. `GET /_sandbox/mail?to=` lists them
 * newest first; `/sandbox/mail` is a page to read them and follow their links.
 */
export class MailSandbox {
  private readonly mails = new Map<string, SandboxMail>();

  owns(path: string): boolean {
    return (
      path === MAIL_PAGE_PATH ||
      path === MAIL_API_PATH ||
      path === SES_SANDBOX_PATH ||
      path.startsWith(`${SES_SANDBOX_PATH}/`)
    );
  }

  handle(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): number {
    const path = url.pathname;
    if (path === MAIL_PAGE_PATH && req.method === "GET") {
      return send(res, 200, mailPage(), {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
      });
    }
    if (path === MAIL_API_PATH && req.method === "GET") {
      const to = url.searchParams.get("to")?.trim().toLowerCase();
      const items = [...this.mails.values()]
        .filter((mail) => !to || mail.to === to)
        .reverse()
        .map(({ to, subject, text, html, sentAt, from }) => ({
          to,
          subject,
          text,
          html,
          sentAt,
          from,
        }));
      return json(res, 200, { items });
    }
    if (path.endsWith("/v2/email/outbound-emails") && req.method === "POST") {
      const parsed = SendEmailRequest.safeParse(parseJson(body));
      if (!parsed.success) {
        return json(res, 400, { message: "Invalid SendEmail request" }, "BadRequestException");
      }
      const { FromEmailAddress, Destination, Content } = parsed.data;
      const messageId = `${randomUUID()}-sandbox`;
      for (const to of Destination.ToAddresses) {
        const id = randomUUID();
        this.mails.set(id, {
          id,
          from: FromEmailAddress ?? "",
          to: to.trim().toLowerCase(),
          subject: Content.Simple.Subject.Data,
          text: Content.Simple.Body.Text?.Data ?? "",
          html: Content.Simple.Body.Html?.Data ?? "",
          sentAt: new Date().toISOString(),
        });
      }
      capMap(this.mails, KEEP);
      return json(res, 200, { MessageId: messageId });
    }
    return json(res, 404, { message: "Not found" }, "NotFoundException");
  }
}

function json(res: ServerResponse, status: number, body: unknown, errorType?: string): number {
  return send(res, status, JSON.stringify(body), {
    "content-type": "application/json",
    ...(errorType ? { "x-amzn-errortype": errorType } : {}),
  });
}
