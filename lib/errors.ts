export const errorCodes = [
  "validation",
  "not_found",
  "forbidden",
  "unauthorized",
  "conflict",
  "precondition_failed",
  "rate_limited",
  "internal",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

const statusOf: Record<ErrorCode, number> = {
  validation: 400,
  not_found: 404,
  forbidden: 403,
  unauthorized: 401,
  conflict: 409,
  precondition_failed: 412,
  rate_limited: 429,
  internal: 500,
};

/** The one error type domain and API code throws; `fields` names each bad input and what was expected. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly status: number = statusOf[code],
  ) {
    super(message);
    this.name = "AppError";
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: Record<string, string> };
}

// Maps any thrown value to an HTTP status and the API's JSON error body (never leaking internals); for route
// handlers. Unique-violation errors from PostgreSQL (23505) become conflicts.
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } },
    };
  }
  const pgCode = (error as { code?: unknown; cause?: { code?: unknown } } | null)?.cause?.code ??
    (error as { code?: unknown } | null)?.code;
  if (pgCode === "23505") {
    return { status: 409, body: { error: { code: "conflict", message: "A record with the same key already exists." } } };
  }
  return { status: 500, body: { error: { code: "internal", message: "Something went wrong on our side." } } };
}
