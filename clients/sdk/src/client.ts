import type {
  HttpMethod, PathsWithMethod, RequestBodyJSON, SuccessResponseJSON,
} from "openapi-typescript-helpers";
import { ApiError, toApiError } from "./errors.js";
import type { TokenStore, Tokens } from "./storage.js";
import { memoryStorage, storageTokenStore } from "./storage.js";
import { fetchTransport, type Transport, type TransportResponse } from "./transport.js";
import type { paths } from "./generated/api.js";

export type QueryValue = string | number | boolean | null | undefined;

/** Options of one call. */
export interface CallOptions {
  /** Query string values; undefined and null are left out. */
  query?: Record<string, QueryValue>;
  /** Values for `{name}` segments of the path. */
  path?: Record<string, string | number>;
  /** A JSON-serialisable body (or a string sent as is with `contentType`, or bytes: an ArrayBuffer or typed array, sent as is). */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  /**
   * An idempotent call (marked "(idempotent)" in API.md): an `Idempotency-Key` is sent, and the call is retried with
   * the SAME key after a network failure, a 502/503/504 or a 409 `idempotency.in_progress`. Pass `idempotencyKey`
   * to keep one key across calls you consider the same (e.g. the user pressing "retry" after a failure).
   */
  idempotent?: boolean;
  idempotencyKey?: string;
  /** Send the access token and refresh it on 401 (default true). */
  auth?: boolean;
  signal?: AbortSignal;
  /** Called as the body goes out (bytes sent, bytes in all): upload progress, where the transport can tell (browsers). */
  onUploadProgress?: (sent: number, total: number) => void;
  /** The answer as text instead of JSON (e.g. `Accept: text/csv`). */
  responseType?: "json" | "text";
}

export interface ClientOptions {
  /** Where the API lives, e.g. `https://api.example.org`; "" (the default) for the page's own origin. */
  baseUrl?: string;
  /** How requests are sent: fetch by default, `wxTransport(wx)` in a WeChat mini-program. */
  transport?: Transport;
  /** Where tokens are kept: memory by default, `storageTokenStore(browserStorage())` or `storageTokenStore(wxStorage(wx))`. */
  tokens?: TokenStore;
  /** Called once the session is over (a refresh failed): show the login screen. */
  onSessionExpired?: (error: ApiError) => void;
  /** New idempotency keys (default crypto.randomUUID, or a v4 UUID from crypto.getRandomValues). */
  newIdempotencyKey?: () => string;
  /** Retries of an idempotent call after a failure that may be passing (default 2). */
  maxRetries?: number;
  /** Delay before retry number `attempt` (1-based), in ms; default 300 ms, then 1 s. */
  retryDelayMs?: (attempt: number, error: ApiError) => number;
  /** Waits (tests replace it). */
  sleep?: (ms: number) => Promise<void>;
}

export const REFRESH_PATH = "/api/v1/auth/refresh";

/** Read-your-writes on a multi-node deployment: the answer to a write names its commit, the next call sends it back. */
export const CONSISTENCY_HEADER = "Consistency-Token";

/** The sequence number of a consistency token (`domain-server-seqno`), or undefined when it is not one. */
function seqno(token: string): bigint | undefined {
  const match = /^\d{1,10}-\d{1,10}-(\d{1,19})$/.exec(token);
  return match ? BigInt(match[1]!) : undefined;
}

type Op<P, M extends HttpMethod> = P extends keyof paths ? (M extends keyof paths[P] ? paths[P][M] : never) : never;
/** The JSON answer of a typed operation (unknown when the document names none). */
export type ResponseOf<P, M extends HttpMethod> = [SuccessResponseJSON<Op<P, M> & Record<string | number, any>>] extends [never]
  ? unknown : SuccessResponseJSON<Op<P, M> & Record<string | number, any>>;
/** The JSON body of a typed operation. */
export type BodyOf<P, M extends HttpMethod> = RequestBodyJSON<Op<P, M> & Record<string | number, any>>;
type Typed<P, M extends HttpMethod> = Omit<CallOptions, "body"> & ([BodyOf<P, M>] extends [never] ? { body?: undefined } : { body: BodyOf<P, M> });

/**
 * The UnionHub API client. Typed methods (`get`, `post`, ...) accept the paths of the generated OpenAPI types;
 * `request` accepts any path (for endpoints newer than the committed types).
 */
export class UnionHubClient {
  readonly baseUrl: string;
  readonly tokens: TokenStore;
  private readonly transport: Transport;
  private readonly options: ClientOptions;
  private refreshing: Promise<Tokens> | null = null;
  /** The newest consistency token an answer carried (sent on every call, so a read sees this client's writes). */
  private consistency: string | undefined;

  constructor(options: ClientOptions = {}) {
    this.options = options;
    this.baseUrl = (options.baseUrl ?? "").replace(/\/+$/, "");
    this.transport = options.transport ?? fetchTransport();
    this.tokens = options.tokens ?? storageTokenStore(memoryStorage());
  }

  get<P extends PathsWithMethod<paths, "get">>(path: P, options?: Omit<CallOptions, "body">): Promise<ResponseOf<P, "get">> {
    return this.request("GET", path, options);
  }
  post<P extends PathsWithMethod<paths, "post">>(path: P, options?: Typed<P, "post">): Promise<ResponseOf<P, "post">> {
    return this.request("POST", path, options);
  }
  put<P extends PathsWithMethod<paths, "put">>(path: P, options?: Typed<P, "put">): Promise<ResponseOf<P, "put">> {
    return this.request("PUT", path, options);
  }
  patch<P extends PathsWithMethod<paths, "patch">>(path: P, options?: Typed<P, "patch">): Promise<ResponseOf<P, "patch">> {
    return this.request("PATCH", path, options);
  }
  delete<P extends PathsWithMethod<paths, "delete">>(path: P, options?: Omit<CallOptions, "body">): Promise<ResponseOf<P, "delete">> {
    return this.request("DELETE", path, options);
  }

  /** Keeps the tokens of a login answer. */
  signIn(tokens: Tokens): void { this.tokens.set(tokens); }

  /** Forgets the tokens (and tells the API to spend the refresh token when there is one; failures are ignored). */
  async signOut(logoutPath = "/api/v1/auth/logout"): Promise<void> {
    const refreshToken = this.tokens.get()?.refreshToken;
    this.tokens.clear();
    if (refreshToken) {
      try { await this.request("POST", logoutPath, { body: { refreshToken }, auth: false }); } catch { /* already gone */ }
    }
  }

  get isSignedIn(): boolean { return this.tokens.get() !== null; }

  /** One logical call: sends, refreshes the token once on 401, retries idempotent calls with the same key. */
  async request<T = any>(method: string, path: string, options: CallOptions = {}): Promise<T> {
    const auth = options.auth ?? true;
    const idempotencyKey = options.idempotencyKey ?? (options.idempotent ? this.newKey() : undefined);
    const maxRetries = idempotencyKey ? (this.options.maxRetries ?? 2) : 0;
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      const sentWith = auth ? this.tokens.get()?.accessToken : undefined;
      let answer: TransportResponse;
      try {
        answer = await this.send(method, path, options, sentWith, idempotencyKey);
      } catch (cause) {
        const error = cause instanceof ApiError ? cause
          : new ApiError({ status: 0, code: "network.error", title: "Network error", detail: String((cause as Error)?.message ?? cause), cause });
        if (options.signal?.aborted || attempt >= maxRetries) throw error;
        await this.delay(attempt + 1, error);
        continue;
      }

      if (answer.status >= 200 && answer.status < 300) return parse<T>(answer, options.responseType);

      const error = toApiError(answer.status, answer.headers, answer.body);
      if (answer.status === 401 && auth && sentWith && !refreshed) {
        refreshed = true;
        await this.refreshAfter401(sentWith, error); // throws when the session is over
        attempt--; // the retry after a refresh is not one of the idempotent retries
        continue;
      }
      const passing = answer.status === 502 || answer.status === 503 || answer.status === 504
        || (answer.status === 409 && error.code === "idempotency.in_progress");
      if (passing && attempt < maxRetries) {
        await this.delay(attempt + 1, error);
        continue;
      }
      throw error;
    }
  }

  /**
   * Refreshes the tokens after a 401 of a call sent with `sentWith`. Only one refresh runs at a time: concurrent
   * callers wait for the same one; a caller whose token was already replaced just retries with the new one.
   */
  private async refreshAfter401(sentWith: string, unauthorized: ApiError): Promise<void> {
    const current = this.tokens.get();
    if (current && current.accessToken !== sentWith) return; // another call already refreshed
    if (!current?.refreshToken) {
      this.expire(unauthorized);
      throw unauthorized;
    }
    this.refreshing ??= this.doRefresh(current.refreshToken).finally(() => { this.refreshing = null; });
    await this.refreshing;
  }

  private async doRefresh(refreshToken: string): Promise<Tokens> {
    let answer: TransportResponse;
    try {
      answer = await this.send("POST", REFRESH_PATH, { body: { refreshToken } }, undefined, undefined);
    } catch (cause) {
      // no answer: keep the tokens (the network may come back), fail this call
      throw new ApiError({ status: 0, code: "network.error", title: "Network error", detail: String((cause as Error)?.message ?? cause), cause });
    }
    if (answer.status >= 200 && answer.status < 300) {
      const tokens = parse<Tokens>(answer, "json");
      this.tokens.set(tokens);
      return tokens;
    }
    const error = toApiError(answer.status, answer.headers, answer.body);
    // refused (spent, revoked, unknown, or no refresh route at all): the session is over; 429 and 5xx may pass
    if (answer.status >= 400 && answer.status < 500 && answer.status !== 429) this.expire(error);
    throw error;
  }

  private expire(error: ApiError) {
    this.tokens.clear();
    this.options.onSessionExpired?.(error);
  }

  private send(method: string, path: string, options: CallOptions, accessToken: string | undefined, idempotencyKey: string | undefined) {
    const headers: Record<string, string> = { Accept: options.responseType === "text" ? "*/*" : "application/json", ...options.headers };
    let body: string | ArrayBuffer | undefined;
    if (options.body instanceof ArrayBuffer || ArrayBuffer.isView(options.body)) {
      body = toArrayBuffer(options.body);
      headers["Content-Type"] = options.contentType ?? "application/octet-stream";
    } else if (options.body !== undefined) {
      body = typeof options.body === "string" && options.contentType ? options.body : JSON.stringify(options.body);
      headers["Content-Type"] = options.contentType ?? "application/json";
    }
    if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
    if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
    if (this.consistency) headers[CONSISTENCY_HEADER] = this.consistency;
    return this.transport({ method, url: this.url(path, options), headers, body, signal: options.signal, onUploadProgress: options.onUploadProgress })
      .then((answer) => { this.observe(answer.headers[CONSISTENCY_HEADER.toLowerCase()]); return answer; });
  }

  /** Keeps the newer of the held token and an answer's (answers of one client may arrive out of order). */
  private observe(token: string | undefined) {
    const next = token === undefined ? undefined : seqno(token);
    if (next === undefined) return;
    const held = this.consistency === undefined ? undefined : seqno(this.consistency);
    if (held === undefined || next > held) this.consistency = token;
  }

  private url(path: string, options: CallOptions): string {
    const filled = path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = options.path?.[name];
      if (value === undefined) throw new Error(`missing path value {${name}} for ${path}`);
      return encodeURIComponent(String(value));
    });
    const query = Object.entries(options.query ?? {})
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
      .join("&");
    return this.baseUrl + filled + (query ? `?${query}` : "");
  }

  private newKey(): string { return (this.options.newIdempotencyKey ?? randomUuid)(); }

  private delay(attempt: number, error: ApiError): Promise<void> {
    const ms = this.options.retryDelayMs?.(attempt, error) ?? (error.retryAfter ? error.retryAfter * 1000 : attempt === 1 ? 300 : 1000);
    return (this.options.sleep ?? ((t) => new Promise<void>((r) => setTimeout(r, t))))(ms);
  }
}

/** The exact bytes of a buffer or a view of one (a view may cover part of a larger buffer). */
function toArrayBuffer(data: ArrayBuffer | ArrayBufferView): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  const copy = new Uint8Array(data.byteLength);
  copy.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return copy.buffer;
}

function parse<T>(answer: TransportResponse, responseType: CallOptions["responseType"]): T {
  if (responseType === "text") return answer.body as T;
  if (!answer.body) return undefined as T;
  try {
    return JSON.parse(answer.body) as T;
  } catch (cause) {
    throw new ApiError({ status: answer.status, code: "response.malformed", title: "The answer is not JSON", cause });
  }
}

/** A v4 UUID: crypto.randomUUID where it exists, else crypto.getRandomValues (mini-programs may lack both: pass newIdempotencyKey). */
export function randomUuid(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  if (!c?.getRandomValues) throw new Error("no crypto.getRandomValues: pass ClientOptions.newIdempotencyKey");
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
