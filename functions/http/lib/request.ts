import { validationFailed } from "@helios/core/errors/app-error";
import { parseInput } from "@helios/core/errors/validation";
import type { APIGatewayProxyEventV2 } from "aws-lambda";
import type { z } from "zod/mini";

/** Parses a JSON request body with the route's schema; anything else is a 400 that says why. */
export function jsonBody<S extends z.ZodMiniType>(
  event: APIGatewayProxyEventV2,
  schema: S,
): z.infer<S> {
  const contentType = event.headers["content-type"] ?? "";
  if (!/^application\/json\b/i.test(contentType)) {
    throw validationFailed("Send the body as JSON with the header Content-Type: application/json");
  }
  const raw = event.body ?? "";
  const text = event.isBase64Encoded ? Buffer.from(raw, "base64").toString("utf8") : raw;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw validationFailed("The body is not valid JSON");
  }
  return parseInput(schema, parsed);
}

export function pathParameter(event: APIGatewayProxyEventV2, name: string): string {
  const value = event.pathParameters?.[name];
  if (!value) throw validationFailed(`The path is missing its ${name}`);
  return value;
}
