import { isAppError } from "@helios/core/errors/app-error";
import { logger } from "@helios/core/logger";
import { type HttpResult, json } from "./response";

/** The one place where errors become HTTP responses. Internal failures leak nothing. */
export function errorResponse(error: unknown): HttpResult {
  if (isAppError(error)) {
    const headers: Record<string, string> =
      error.retryAfterSeconds !== undefined
        ? { "retry-after": String(error.retryAfterSeconds) }
        : {};
    return json(
      error.status,
      {
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
        },
      },
      headers,
    );
  }
  logger.error("unhandled error", { error });
  return json(500, {
    error: { code: "internal", message: "Something went wrong on our side: try again in a moment" },
  });
}
