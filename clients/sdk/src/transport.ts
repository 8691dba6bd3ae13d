/** One HTTP exchange, in the smallest shape every runtime can provide (browser fetch, Node, wx.request). */
export interface TransportRequest {
  method: string;
  url: string;
  /** Header names in their usual spelling; values already final. */
  headers: Record<string, string>;
  /** Serialized body (JSON text), raw bytes (an evidence upload), or undefined. */
  body?: string | ArrayBuffer;
  /** Aborts the exchange when it fires (optional for transports that cannot cancel). */
  signal?: AbortSignal;
}

export interface TransportResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body as text ("" when empty). */
  body: string;
}

/** Sends one request. Rejects only when no HTTP answer arrived (network failure, timeout, abort). */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** A transport over a WHATWG `fetch` (browsers, Node 18+, Deno, Bun). */
export function fetchTransport(fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)): Transport {
  return async (request) => {
    const response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
      credentials: "omit",
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => { headers[name.toLowerCase()] = value; });
    return { status: response.status, headers, body: await response.text() };
  };
}
