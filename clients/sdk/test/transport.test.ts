import { describe, expect, it } from "vitest";
import { xhrSend } from "../src/transport.js";

/** A stand-in XMLHttpRequest: records what was sent, reports progress in two steps, then answers. */
class FakeXhr {
  static last: FakeXhr;
  method = ""; url = ""; headers: Record<string, string> = {}; sent: unknown;
  status = 0; responseText = "";
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() { FakeXhr.last = this; }
  open(method: string, url: string) { this.method = method; this.url = url; }
  setRequestHeader(name: string, value: string) { this.headers[name] = value; }
  getAllResponseHeaders() { return "Content-Type: application/json\r\nConsistency-Token: 0-1-7\r\n"; }
  abort() { this.onabort?.(); }
  send(body: unknown) {
    this.sent = body;
    queueMicrotask(() => {
      this.upload.onprogress?.({ loaded: 4, total: 10, lengthComputable: true });
      this.upload.onprogress?.({ loaded: 10, total: 10, lengthComputable: true });
      if (this.url.endsWith("/offline")) { this.onerror?.(); return; }
      this.status = 201; this.responseText = '{"id":"7"}'; this.onload?.();
    });
  }
}

describe("xhrSend (uploads with progress)", () => {
  it("sends the method, headers and bytes, reports progress and answers status, lower-case headers and body", async () => {
    const progress: [number, number][] = [];
    const body = new Uint8Array(10).buffer;
    const answer = await xhrSend({ method: "POST", url: "/api/v1/x", headers: { "Content-Type": "image/png", Authorization: "Bearer t" }, body,
      onUploadProgress: (sent, total) => progress.push([sent, total]) }, FakeXhr as unknown as typeof XMLHttpRequest);
    expect(FakeXhr.last.method).toBe("POST");
    expect(FakeXhr.last.headers).toEqual({ "Content-Type": "image/png", Authorization: "Bearer t" });
    expect(FakeXhr.last.sent).toBe(body);
    expect(progress).toEqual([[4, 10], [10, 10]]);
    expect(answer).toEqual({ status: 201, headers: { "content-type": "application/json", "consistency-token": "0-1-7" }, body: '{"id":"7"}' });
  });

  it("rejects on a network failure, as fetch does (the client then treats it as a network error)", async () => {
    await expect(xhrSend({ method: "POST", url: "/offline", headers: {} }, FakeXhr as unknown as typeof XMLHttpRequest)).rejects.toThrow(TypeError);
  });
});
