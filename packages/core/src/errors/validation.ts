import type { z } from "zod/mini";
import { validationFailed } from "./app-error";

/** Parses outside input with a zod schema; a failure becomes a 400 with one message per field. */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "body";
    fields[key] ??= issue.message;
  }
  const first = Object.entries(fields)[0];
  const message = first
    ? first[0] === "body"
      ? first[1]
      : `Check the ${first[0]} field: ${first[1]}`
    : "The request is not valid";
  throw validationFailed(message, fields);
}
