import type { z } from "zod";
import { invalidValue, missingParameter, serializationException } from "./errors";

/** Validates a request body and reports the first problem the way SQS would name it. */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue || issue.path.length === 0)
    throw serializationException("The request body must be a JSON object.");
  const parameter = issue.path.map(String).join(".");
  const value = valueAt(input, issue.path);
  if (value === undefined || value === null) throw missingParameter(parameter);
  throw invalidValue(parameter, value, `${issue.message}.`);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}
