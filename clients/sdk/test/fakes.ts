import type { Transport, TransportRequest, TransportResponse } from "../src/transport.js";

export type Handler = (request: TransportRequest, n: number) => TransportResponse | Promise<TransportResponse> | Error;

/** A transport that records every request and answers with the handler. */
export function fakeTransport(handler: Handler) {
  const calls: TransportRequest[] = [];
  const transport: Transport = async (request) => {
    calls.push(request);
    const answer = await handler(request, calls.length);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { transport, calls };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): TransportResponse =>
  ({ status, headers: { "content-type": "application/json", ...headers }, body: body === undefined ? "" : JSON.stringify(body) });

export const problem = (status: number, code: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  ({ status, headers: { "content-type": "application/problem+json", ...headers },
     body: JSON.stringify({ type: "about:blank", title: `title of ${code}`, status, code, traceId: "trace-1", ...extra }) });

/** A promise with its resolver outside, to hold an answer back until the test lets it go. */
export function gate<T = void>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((r) => { open = r; });
  return { promise, open };
}

export const bearer = (r: TransportRequest) => r.headers.Authorization?.replace("Bearer ", "");
