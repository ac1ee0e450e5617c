import type { ServerResponse } from "node:http";
import { templateVariables } from "@helios/contracts";
import {
  derivedHex,
  renderTemplate,
  SANDBOX_TEMPLATES,
  type SandboxTemplate,
} from "./templates-catalog";
import { writeError, writeJson, writeNotFound } from "./twilio-wire";

/** Twilio's Content API (`content.twilio.com/v1`), served under the Twilio sandbox's base. */
export const CONTENT_PATHS = ["/v1/Content", "/v1/ContentAndApprovals"] as const;

export const isContentPath = (path: string) =>
  CONTENT_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/** An account's template: the shared catalog with a ContentSid (`HX…`) stable for the account. */
export interface SandboxContent extends SandboxTemplate {
  sid: string;
}

export function contentsOf(accountSid: string): SandboxContent[] {
  return SANDBOX_TEMPLATES.map((template) => ({
    ...template,
    sid: `HX${derivedHex(`content:${accountSid}:${template.name}`)}`,
  }));
}

export const contentBySid = (accountSid: string, sid: string) =>
  contentsOf(accountSid).find((content) => content.sid.toLowerCase() === sid.toLowerCase());

const CREATED = "2026-01-05T10:00:00Z";

function contentJson(accountSid: string, content: SandboxContent, base: string) {
  const variables = Object.fromEntries(
    templateVariables(content.body).map((key) => [key, content.samples[key] ?? key]),
  );
  return {
    date_created: CREATED,
    date_updated: CREATED,
    sid: content.sid,
    account_sid: accountSid,
    friendly_name: content.name,
    language: content.language,
    variables,
    types: { "twilio/text": { body: content.body } },
    url: `${base}/v1/Content/${content.sid}`,
    links: {
      approval_create: `${base}/v1/Content/${content.sid}/ApprovalRequests/whatsapp`,
      approval_fetch: `${base}/v1/Content/${content.sid}/ApprovalRequests`,
    },
  };
}

/** ContentAndApprovals: the content with its WhatsApp approval request, as Twilio lists them. */
function withApprovalJson(accountSid: string, content: SandboxContent, base: string) {
  const { url: _url, links: _links, ...json } = contentJson(accountSid, content, base);
  return {
    ...json,
    approval_requests: {
      whatsapp: {
        type: "whatsapp",
        name: content.name,
        category: content.category,
        content_type: "twilio/text",
        status: content.status,
        rejection_reason: content.rejectionReason ?? "",
        allow_category_change: true,
      },
    },
  };
}

/** One page in the Content API's envelope: `{contents, meta: {page, page_size, …, key}}`. */
function pageOf<T>(items: T[], listUrl: string, query: URLSearchParams) {
  const pageSize = Math.min(
    500,
    Math.max(1, Number.parseInt(query.get("PageSize") ?? "50", 10) || 50),
  );
  const page = Math.max(0, Number.parseInt(query.get("Page") ?? "0", 10) || 0);
  const start = page * pageSize;
  const urlOf = (n: number) => `${listUrl}?PageSize=${pageSize}&Page=${n}`;
  return {
    contents: items.slice(start, start + pageSize),
    meta: {
      page,
      page_size: pageSize,
      first_page_url: urlOf(0),
      previous_page_url: page > 0 ? urlOf(page - 1) : null,
      url: urlOf(page),
      next_page_url:
        start + pageSize < items.length ? `${urlOf(page + 1)}&PageToken=PT${page + 1}` : null,
      key: "contents",
    },
  };
}

/**
 * `GET /v1/ContentAndApprovals`, `GET /v1/Content` (paged) and `GET /v1/Content/{HX…}` for an
 * authenticated account. `base` is the absolute URL the Content API is served at.
 */
export function handleContent(
  res: ServerResponse,
  input: { accountSid: string; method: string; path: string; query: URLSearchParams; base: string },
) {
  const { accountSid, method, path, query, base } = input;
  if (method !== "GET") return writeError(res, 405, 20004, "Method not allowed");
  const contents = contentsOf(accountSid);
  if (path === "/v1/ContentAndApprovals") {
    const items = contents.map((content) => withApprovalJson(accountSid, content, base));
    return writeJson(res, 200, pageOf(items, `${base}${path}`, query));
  }
  if (path === "/v1/Content") {
    const items = contents.map((content) => contentJson(accountSid, content, base));
    return writeJson(res, 200, pageOf(items, `${base}${path}`, query));
  }
  const one = /^\/v1\/Content\/(HX[0-9a-f]{32})$/i.exec(path);
  const found = one?.[1] ? contentBySid(accountSid, one[1]) : undefined;
  if (found) return writeJson(res, 200, contentJson(accountSid, found, base));
  return writeNotFound(res, path);
}

export interface ContentFailure {
  code: number;
  message: string;
}

/**
 * What a message created with `ContentSid` (+ `ContentVariables`) becomes: refused at once
 * (unreadable variables), or created with the rendered body — failing afterwards, as
 * WhatsApp does, when the template is not approved or a variable is missing.
 */
export function contentMessage(
  accountSid: string,
  contentSid: string,
  variablesJson: string,
):
  | { refused: { status: number; code: number; message: string } }
  | { body: string; failure?: ContentFailure } {
  const content = contentBySid(accountSid, contentSid);
  // A well-formed sid the sandbox did not list stands for content made elsewhere: it goes out.
  if (!content) return { body: `Template ${contentSid}` };
  let variables: Record<string, string> = {};
  try {
    const parsed: unknown = variablesJson ? JSON.parse(variablesJson) : {};
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error();
    variables = Object.fromEntries(
      Object.entries(parsed).map(([key, value]) => [key, String(value)]),
    );
  } catch {
    return {
      refused: { status: 400, code: 21656, message: "The ContentVariables Parameter is invalid" },
    };
  }
  const rendered = renderTemplate(content, variables);
  if (content.status !== "approved") {
    return {
      body: content.body,
      failure: { code: 63027, message: "Template does not exist for a language and locale" },
    };
  }
  if ("missing" in rendered) {
    return {
      body: content.body,
      failure: {
        code: 63028,
        message: "Number of parameters provided does not match the expected number of parameters",
      },
    };
  }
  return { body: rendered.text };
}
