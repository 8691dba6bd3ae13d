import type { Transport } from "@unionhub/sdk";

/**
 * A transport over XMLHttpRequest, for uploads that show progress (fetch reports none for request bodies).
 * `onProgress(sent, total)` is called as the body goes out; the answer is handled by the SDK as usual.
 */
export function xhrTransport(onProgress: (sent: number, total: number) => void): Transport {
  return (request) => new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, request.url);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded, e.total); };
    xhr.onload = () => {
      const headers: Record<string, string> = {};
      for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
        const at = line.indexOf(":");
        if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
      }
      resolve({ status: xhr.status, headers, body: xhr.responseText ?? "" });
    };
    xhr.onerror = () => reject(new Error("network error"));
    xhr.onabort = () => reject(new Error("aborted"));
    request.signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(request.body ?? null);
  });
}
