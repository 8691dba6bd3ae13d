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
  /** Upload progress of the body (optional for transports that cannot tell). */
  onUploadProgress?: (sent: number, total: number) => void;
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

/**
 * A transport over a WHATWG `fetch` (browsers, Node 18+, Deno, Bun). fetch cannot report upload progress: a request that
 * asks for it goes through `XMLHttpRequest` where there is one (browsers).
 */
export function fetchTransport(fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)): Transport {
  return async (request) => {
    if (request.onUploadProgress && typeof XMLHttpRequest !== "undefined") return xhrSend(request);
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

/** One exchange through XMLHttpRequest, reporting the upload's progress. */
export function xhrSend(request: TransportRequest, Xhr: typeof XMLHttpRequest = XMLHttpRequest): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new Xhr();
    xhr.open(request.method, request.url);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    const progress = request.onUploadProgress;
    if (progress) xhr.upload.onprogress = (e) => progress(e.loaded, e.lengthComputable ? e.total : e.loaded);
    xhr.onload = () => {
      const headers: Record<string, string> = {};
      for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
        const at = line.indexOf(":");
        if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      resolve({ status: xhr.status, headers, body: xhr.responseText });
    };
    xhr.onerror = () => reject(new TypeError("network error"));
    xhr.onabort = () => reject(new DOMException("aborted", "AbortError"));
    request.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(request.body ?? null);
  });
}
