/**
 * The one error type of the domain. Each carries a stable `code` (part of the API contract), the
 * HTTP status it maps to, and a message a person can act on. Anything that is not an AppError is an
 * internal failure and is reported as a bare 500 by the adapters.
 */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 502;

export class AppError extends Error {
  override readonly name = "AppError";

  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    /** Seconds a client should wait before retrying (429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export const validationFailed = (message: string, fields?: Record<string, string>) =>
  new AppError(400, "validation_failed", message, fields);
export const unauthorized = (message = "Sign in to continue") =>
  new AppError(401, "unauthorized", message);
export const forbidden = (code: string, message: string) => new AppError(403, code, message);
export const notFound = (code: string, message: string) => new AppError(404, code, message);
export const conflict = (code: string, message: string, fields?: Record<string, string>) =>
  new AppError(409, code, message, fields);
export const ruleViolated = (code: string, message: string, fields?: Record<string, string>) =>
  new AppError(422, code, message, fields);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new AppError(429, "rate_limited", message, undefined, retryAfterSeconds);

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
