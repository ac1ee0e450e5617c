import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { describe, expect, inject, it } from "vitest";
import { api, uniqueEmail } from "./support/api";
import { mailsTo } from "./support/mail";

describe("mail sandbox", () => {
  const baseUrl = inject("baseUrl");

  it("keeps what the real SES v2 SDK sends, newest first, per recipient", async () => {
    const ses = new SESv2Client({
      endpoint: `${baseUrl}/_sandbox/ses`,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const to = uniqueEmail("reader");
    for (const subject of ["First", "Second"]) {
      const sent = await ses.send(
        new SendEmailCommand({
          FromEmailAddress: "Helios <no-reply@helios.local>",
          Destination: { ToAddresses: [to] },
          Content: {
            Simple: {
              Subject: { Data: subject },
              Body: { Text: { Data: `${subject} text` }, Html: { Data: `<p>${subject}</p>` } },
            },
          },
        }),
      );
      expect(sent.MessageId).toBeTruthy();
    }
    expect(await mailsTo(to)).toEqual([
      {
        to,
        from: expect.any(String),
        subject: "Second",
        text: "Second text",
        html: "<p>Second</p>",
        sentAt: expect.any(String),
      },
      {
        to,
        from: expect.any(String),
        subject: "First",
        text: "First text",
        html: "<p>First</p>",
        sentAt: expect.any(String),
      },
    ]);
    expect(await mailsTo(uniqueEmail("nobody"))).toEqual([]);
  });

  it("serves the /sandbox/mail page", async () => {
    const page = await fetch(`${baseUrl}/sandbox/mail`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(await page.text()).toContain("Mail sandbox");
  });

  it("the demo owner's e-mail is verified", async () => {
    const secrets = JSON.parse(
      readFileSync(join(inject("localCloudDataDir"), "local-secrets.json"), "utf8"),
    );
    const login = await api("/api/auth/login", {
      body: { email: "owner@demo.helios.local", password: secrets.demoPassword },
    });
    expect(login).toMatchObject({ status: 200, body: { user: { emailVerified: true } } });
  });
});
