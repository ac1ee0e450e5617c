import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { correlationIdOf } from "./correlation";

const fixture = (path: string) =>
  JSON.parse(readFileSync(`packages/local/test/fixtures/${path}`, "utf8")) as Record<
    string,
    unknown
  >;

describe("the correlation id of a request", () => {
  test("a Twilio webhook: its MessageSid (the form body, base64 as API Gateway sends it)", () => {
    const params = fixture("twilio/inbound-text.json") as Record<string, string>;
    const body = Buffer.from(new URLSearchParams(params).toString()).toString("base64");
    expect(
      correlationIdOf({
        rawPath: "/webhooks/twilio/num_1",
        body,
        isBase64Encoded: true,
        requestContext: { requestId: "req-1" },
      }),
    ).toBe(params.MessageSid);
  });

  test("a Meta webhook: the first message's wamid", () => {
    const body = JSON.stringify(fixture("meta/messages-text.json"));
    expect(correlationIdOf({ rawPath: "/webhooks/meta/num_1", body })).toMatch(/^wamid\./);
  });

  test("anything else, or a body that is not what a provider sends: API Gateway's request id", () => {
    const requestContext = { requestId: "req-2" };
    expect(correlationIdOf({ rawPath: "/api/me", requestContext })).toBe("req-2");
    expect(
      correlationIdOf({ rawPath: "/webhooks/meta/num_1", body: "{not json", requestContext }),
    ).toBe("req-2");
    expect(
      correlationIdOf({ rawPath: "/webhooks/meta/num_1", body: '{"entry":[]}', requestContext }),
    ).toBe("req-2");
  });
});
