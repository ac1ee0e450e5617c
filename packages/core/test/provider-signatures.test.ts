import { describe, expect, it } from "vitest";
import { explainProviderError } from "../src/provider/errors";
import { metaSignature, metaSignatureValid } from "../src/provider/meta/signature";
import { twilioSignature, twilioSignatureValid } from "../src/provider/twilio/signature";

describe("Twilio webhook signature (X-Twilio-Signature)", () => {
  // Twilio's documented example (webhook security docs, and the twilio-python / twilio-php /
  // twilio-csharp request-validator tests): auth token 12345, this URL, these POST parameters.
  const authToken = "12345";
  const url = "https://mycompany.com/myapp.php?foo=1&bar=2";
  const params = {
    CallSid: "CA1234567890ABCDE",
    Caller: "+14158675309",
    Digits: "1234",
    From: "+14158675309",
    To: "+18005551212",
  };
  const documented = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

  it("computes Twilio's documented signature", () => {
    expect(twilioSignature(authToken, url, params)).toBe(documented);
  });

  it("computes the libraries' vector for a repeated parameter (sorted, each value once)", () => {
    const repeated = { Sid: "CA123", SidAccount: "AC123", Digits: ["5678", "1234", "1234"] };
    expect(twilioSignature(authToken, url, repeated)).toBe("IK+Dwps556ElfBT0I3Rgjkr1wJU=");
  });

  it("accepts the documented request, also with the default port in the URL", () => {
    expect(twilioSignatureValid({ authToken, url, params, signature: documented })).toBe(true);
    const withPort = "https://mycompany.com:443/myapp.php?foo=1&bar=2";
    expect(twilioSignatureValid({ authToken, url: withPort, params, signature: documented })).toBe(
      true,
    );
  });

  it("refuses any change: token, URL, a parameter, a missing or garbled signature", () => {
    const ok = { authToken, url, params, signature: documented };
    expect(twilioSignatureValid({ ...ok, authToken: "54321" })).toBe(false);
    expect(twilioSignatureValid({ ...ok, url: `${url}&extra=1` })).toBe(false);
    expect(twilioSignatureValid({ ...ok, url: "http://mycompany.com/myapp.php?foo=1&bar=2" })).toBe(
      false,
    );
    expect(twilioSignatureValid({ ...ok, params: { ...params, Digits: "9999" } })).toBe(false);
    expect(twilioSignatureValid({ ...ok, params: { ...params, Extra: "" } })).toBe(false);
    expect(twilioSignatureValid({ ...ok, signature: undefined })).toBe(false);
    expect(twilioSignatureValid({ ...ok, signature: "" })).toBe(false);
    expect(twilioSignatureValid({ ...ok, signature: "invalid 王" })).toBe(false);
    expect(twilioSignatureValid({ ...ok, url: "not a url" })).toBe(false);
  });
});

describe("Meta webhook signature (X-Hub-Signature-256)", () => {
  // Meta's documentation gives the algorithm but no worked example. This is the published vector of
  // the same `X-Hub-Signature-256` scheme (GitHub's webhook docs), checked with
  // `printf 'Hello, World!' | openssl dgst -sha256 -hmac "It's a Secret to Everybody"`.
  const secret = "It's a Secret to Everybody";
  const vector = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

  it("computes the published vector", () => {
    expect(metaSignature(secret, Buffer.from("Hello, World!"))).toBe(vector);
  });

  it("accepts the vector over the raw bytes, case-insensitively in the hex", () => {
    const rawBody = Buffer.from("Hello, World!");
    expect(metaSignatureValid({ appSecret: secret, rawBody, header: vector })).toBe(true);
    const upperHex = `sha256=${vector.slice(7).toUpperCase()}`;
    expect(metaSignatureValid({ appSecret: secret, rawBody, header: upperHex })).toBe(true);
  });

  it("verifies only the raw bytes Meta sent, never a re-serialized body", () => {
    // Meta escapes non-ASCII and `/`; the HMAC below was computed with openssl over these bytes.
    const raw = Buffer.from(
      String.raw`{"object":"whatsapp_business_account","entry":[{"id":"0","changes":[{"field":"messages","value":{"text":"caf\u00e9 \/ ok"}}]}]}`,
    );
    const header = "sha256=14d28dd1ae374fa5acad7b1fe85548693088d8d28da802edd157e7e6d40a66b5";
    const appSecret = "meta-app-secret";
    expect(metaSignature(appSecret, raw)).toBe(header);
    expect(metaSignatureValid({ appSecret, rawBody: raw, header })).toBe(true);
    const reserialized = Buffer.from(JSON.stringify(JSON.parse(raw.toString("utf8"))));
    expect(metaSignatureValid({ appSecret, rawBody: reserialized, header })).toBe(false);
  });

  it("refuses a wrong secret, a missing, truncated or malformed header", () => {
    const rawBody = Buffer.from("Hello, World!");
    const ok = { appSecret: secret, rawBody, header: vector };
    expect(metaSignatureValid({ ...ok, appSecret: "another secret" })).toBe(false);
    expect(metaSignatureValid({ ...ok, header: undefined })).toBe(false);
    expect(metaSignatureValid({ ...ok, header: vector.slice(0, -2) })).toBe(false);
    expect(metaSignatureValid({ ...ok, header: vector.slice(7) })).toBe(false);
    expect(metaSignatureValid({ ...ok, header: `sha1=${vector.slice(7)}` })).toBe(false);
    expect(metaSignatureValid({ ...ok, header: `sha256=${"zz".repeat(32)}` })).toBe(false);
    expect(metaSignatureValid({ ...ok, appSecret: "" })).toBe(false);
  });
});

describe("explainProviderError", () => {
  it("explains the codes Helios shows, in plain language", () => {
    expect(explainProviderError("63016")).toMatch(/24 hours.*template/i);
    expect(explainProviderError(131047)).toBe(explainProviderError("63016"));
    expect(explainProviderError("131026")).toMatch(/not be on WhatsApp/);
    expect(explainProviderError("21211")).toMatch(/not a valid phone number/);
    expect(explainProviderError("20003")).toMatch(/Reconnect the integration/);
    expect(explainProviderError(190)).toBe(explainProviderError("20003"));
    expect(explainProviderError("63007")).toMatch(/not enabled for WhatsApp/);
    expect(explainProviderError("21608")).toMatch(/verified/);
    expect(explainProviderError("30007")).toMatch(/filtered/);
    expect(explainProviderError("30008")).toMatch(/reason the carrier did not give/);
  });

  it("falls back to a generic explanation that names the code", () => {
    expect(explainProviderError("99999")).toMatch(/error 99999/);
    expect(explainProviderError(undefined)).toMatch(/could not process/);
  });
});
