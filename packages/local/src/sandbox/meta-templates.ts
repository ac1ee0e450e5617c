import type { ServerResponse } from "node:http";
import { type GraphFailure, writeGraphError, writeGraphJson } from "./meta-wire";
import {
  derivedHex,
  renderTemplate,
  SANDBOX_TEMPLATES,
  type SandboxTemplate,
} from "./templates-catalog";

/** Every WhatsApp Business Account starts with Meta's sample template. */
const HELLO_WORLD: SandboxTemplate = {
  name: "hello_world",
  language: "en_US",
  category: "UTILITY",
  status: "approved",
  body: "Welcome and congratulations!! This message demonstrates your ability to send a WhatsApp message notification from the Cloud API, hosted on Meta. Thank you for taking the time to test with us.",
  samples: {},
};

const META_TEMPLATES: readonly SandboxTemplate[] = [...SANDBOX_TEMPLATES, HELLO_WORLD];

/** `/{version}/{waba-id}/message_templates`: the business account's templates. */
const TEMPLATES_PATH = /^\/v\d+\.\d+\/(\d+)\/message_templates\/?$/;

export const templatesAccountOf = (path: string): string | undefined =>
  TEMPLATES_PATH.exec(path)?.[1];

/** A Graph id (digits) for a template, stable for a business account. */
const templateId = (wabaId: string, name: string) =>
  BigInt(`0x${derivedHex(`template:${wabaId}:${name}`, 13)}`).toString();

function templateJson(wabaId: string, template: SandboxTemplate) {
  const positional = Object.keys(template.samples).every((key) => /^\d+$/.test(key));
  return {
    name: template.name,
    parameter_format: positional ? "POSITIONAL" : "NAMED",
    components: [
      {
        type: "BODY",
        text: template.body,
        ...(Object.keys(template.samples).length
          ? { example: { body_text: [Object.values(template.samples)] } }
          : {}),
      },
    ],
    language: template.language,
    status: template.status.toUpperCase(),
    category: template.category,
    ...(template.rejectionReason ? { rejected_reason: template.rejectionReason } : {}),
    id: templateId(wabaId, template.name),
  };
}

const cursorOf = (index: number) => Buffer.from(`index:${index}`).toString("base64url");
const indexOf = (cursor: string | null) => {
  const decoded = cursor ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const index = /^index:(\d+)$/.exec(decoded)?.[1];
  return index === undefined ? -1 : Number(index);
};

/**
 * `GET /{waba-id}/message_templates?limit=&after=` → `{data, paging: {cursors: {before, after},
 * next?}}`, as Graph pages them (every business account of the sandbox has the same catalog).
 */
export function handleMetaTemplates(
  res: ServerResponse,
  input: { method: string; wabaId: string; url: URL },
): number {
  if (input.method !== "GET") {
    return writeGraphError(res, {
      status: 400,
      code: 100,
      message: "Unsupported post request: use WhatsApp Manager to create templates in the sandbox",
    });
  }
  const limit = Math.min(100, Math.max(1, Number(input.url.searchParams.get("limit")) || 25));
  const start = indexOf(input.url.searchParams.get("after")) + 1;
  const all = META_TEMPLATES.map((template) => templateJson(input.wabaId, template));
  const data = all.slice(start, start + limit);
  const last = start + data.length - 1;
  const next = new URL(input.url);
  next.searchParams.set("after", cursorOf(last));
  return writeGraphJson(res, 200, {
    data,
    paging: {
      cursors: { before: cursorOf(start), after: cursorOf(last) },
      ...(last + 1 < all.length ? { next: next.toString() } : {}),
    },
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The body parameters of a template send, by key: positional ("1", "2", …) or named. */
function parametersOf(template: Record<string, unknown>): Record<string, string> {
  const components = Array.isArray(template.components) ? template.components : [];
  const body = components.find(
    (component) => isRecord(component) && String(component.type).toLowerCase() === "body",
  );
  const parameters = isRecord(body) && Array.isArray(body.parameters) ? body.parameters : [];
  return Object.fromEntries(
    parameters
      .filter(isRecord)
      .map((parameter, index) => [
        typeof parameter.parameter_name === "string" ? parameter.parameter_name : String(index + 1),
        typeof parameter.text === "string" ? parameter.text : "",
      ]),
  );
}

const templateError = (code: number, message: string, details: string): GraphFailure => ({
  status: 400,
  code,
  message: `(#${code}) ${message}`,
  details,
});

/**
 * What a `type: "template"` send shows on the phone (the filled body), or Graph's refusal: an
 * unknown or unapproved template (132001), or parameters that do not match its body (132000).
 */
export function renderTemplateSend(json: unknown): { text: string } | GraphFailure {
  const template = isRecord(json) && isRecord(json.template) ? json.template : {};
  const name = typeof template.name === "string" ? template.name : "";
  const language = isRecord(template.language) ? String(template.language.code ?? "") : "";
  const found = META_TEMPLATES.find(
    (candidate) => candidate.name === name && candidate.language === language,
  );
  if (found?.status !== "approved") {
    return templateError(
      132001,
      "Template name does not exist in the translation",
      `template name (${name}) does not exist in ${language}`,
    );
  }
  const parameters = parametersOf(template);
  const rendered = renderTemplate(found, parameters);
  const expected = Object.keys(found.samples).length;
  if ("missing" in rendered || Object.keys(parameters).length !== expected) {
    return templateError(
      132000,
      "Number of parameters does not match the expected number of params",
      `body: number of localizable_params (${Object.keys(parameters).length}) does not match the expected number of params (${expected})`,
    );
  }
  return rendered;
}
