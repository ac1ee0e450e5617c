import { ErrorBody } from "@helios/contracts";

/** A failed API call: the HTTP status and the API's `{"error": {code, message, fields}}` body. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly status: number;
  readonly code: string;
  readonly fields: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  /** Builds the error from a response body, whatever the server (or a proxy) sent. */
  static fromBody(status: number, body: unknown): ApiError {
    const parsed = ErrorBody.safeParse(body);
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      return new ApiError(status, code, message, fields);
    }
    return new ApiError(status, `http_${status}`, fallbackMessage(status));
  }

  /** The request never got an answer (offline, DNS, CORS, server down). */
  static network(): ApiError {
    return new ApiError(0, "network_error", "Could not reach the server. Check your connection.");
  }
}

function fallbackMessage(status: number): string {
  if (status === 401) return "Your session has expired. Sign in again.";
  if (status === 403) return "You are not allowed to do that.";
  if (status === 404) return "Not found.";
  if (status === 429) return "Too many requests. Wait a moment and try again.";
  if (status >= 500) return "The server had a problem. Try again in a moment.";
  return `The request failed (HTTP ${status}).`;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A message a person can read, for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong.";
}
