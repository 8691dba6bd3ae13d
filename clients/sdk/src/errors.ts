/** An RFC 9457 problem+json answer from the API (or a transport failure, status 0), with its stable `code`. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  /** HTTP status; 0 when no answer arrived (network failure, timeout). */
  readonly status: number;
  /** The stable machine-readable code, e.g. `perk.sold_out`; `network.error` when no answer arrived. */
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  /** Field name -> messages, on 400/422 validation answers. */
  readonly errors: Record<string, string[]> | undefined;
  readonly traceId: string | undefined;
  /** Seconds from the `Retry-After` header of a 429 (or 503). */
  readonly retryAfter: number | undefined;
  /** The whole problem document, with any extension members (e.g. `redeemedAt` on `voucher.already_redeemed`). */
  readonly problem: Record<string, unknown>;

  constructor(init: {
    status: number; code: string; title?: string; detail?: string; errors?: Record<string, string[]>;
    traceId?: string; retryAfter?: number; problem?: Record<string, unknown>; cause?: unknown;
  }) {
    super(init.detail ?? init.title ?? init.code, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.title = init.title ?? init.code;
    this.detail = init.detail;
    this.errors = init.errors;
    this.traceId = init.traceId;
    this.retryAfter = init.retryAfter;
    this.problem = init.problem ?? {};
  }

  /** True for failures where no HTTP answer arrived. */
  get isNetworkError(): boolean { return this.status === 0; }
}

/** The code the API gives a problem whose producer named none (mirrors Problems.DefaultCode on the server). */
export function defaultCode(status: number): string {
  switch (status) {
    case 400: return "request.invalid";
    case 401: return "auth.unauthenticated";
    case 403: return "auth.forbidden";
    case 404: return "not_found";
    case 405: return "request.method_not_allowed";
    case 409: return "conflict";
    case 413: return "request.too_large";
    case 415: return "request.unsupported_media_type";
    case 422: return "validation.failed";
    case 429: return "rate_limited";
    case 503: return "service.unavailable";
    default: return status >= 500 ? "server.error" : "request.error";
  }
}

/** Builds the ApiError for a non-2xx answer. Tolerates bodies that are not problem+json (proxies, HTML error pages). */
export function toApiError(status: number, headers: Record<string, string>, bodyText: string): ApiError {
  let problem: Record<string, unknown> = {};
  if (bodyText) {
    try {
      const parsed: unknown = JSON.parse(bodyText);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) problem = parsed as Record<string, unknown>;
    } catch { /* not JSON: keep the defaults */ }
  }
  const str = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : undefined);
  const retryHeader = headers["retry-after"];
  const retryAfter = retryHeader !== undefined && /^\d+$/.test(retryHeader.trim()) ? Number(retryHeader.trim())
    : typeof problem.retryAfterSeconds === "number" ? problem.retryAfterSeconds : undefined;
  let errors: Record<string, string[]> | undefined;
  if (problem.errors && typeof problem.errors === "object") {
    errors = {};
    for (const [field, messages] of Object.entries(problem.errors as Record<string, unknown>)) {
      errors[field] = Array.isArray(messages) ? messages.map(String) : [String(messages)];
    }
  }
  return new ApiError({
    status,
    code: str(problem.code) ?? defaultCode(status),
    title: str(problem.title),
    detail: str(problem.detail),
    errors,
    traceId: str(problem.traceId) ?? headers["x-trace-id"],
    retryAfter,
    problem,
  });
}
