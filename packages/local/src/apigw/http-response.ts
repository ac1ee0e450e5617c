import type { ServerResponse } from "node:http";
import { z } from "zod";

const StructuredResult = z.object({
  statusCode: z.number().int(),
  headers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  multiValueHeaders: z
    .record(z.string(), z.array(z.union([z.string(), z.number(), z.boolean()])))
    .optional(),
  cookies: z.array(z.string()).optional(),
  body: z.string().optional(),
  isBase64Encoded: z.boolean().optional(),
});

/**
 * Maps a Lambda result the way an HTTP API (payload 2.0) does: a structured result is used as is;
 * anything else that is JSON is a 200 with the value as its JSON body.
 */
export function writeLambdaResult(res: ServerResponse, result: unknown): number {
  const structured = StructuredResult.safeParse(result);
  if (!structured.success) {
    const body = typeof result === "string" ? result : JSON.stringify(result ?? null);
    res.writeHead(200, { "content-type": "application/json" }).end(body);
    return 200;
  }
  const {
    statusCode,
    headers = {},
    multiValueHeaders = {},
    cookies = [],
    body = "",
    isBase64Encoded,
  } = structured.data;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, String(value));
  for (const [name, values] of Object.entries(multiValueHeaders))
    res.setHeader(name, values.map(String));
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  res.statusCode = statusCode;
  res.end(isBase64Encoded ? Buffer.from(body, "base64") : body);
  return statusCode;
}

export function writeApiGatewayError(res: ServerResponse, statusCode: 404 | 500) {
  const message = statusCode === 404 ? "Not Found" : "Internal Server Error";
  res
    .writeHead(statusCode, { "content-type": "application/json" })
    .end(JSON.stringify({ message }));
  return statusCode;
}
