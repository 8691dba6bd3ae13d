/**
 * WeChat mini-program support: a Transport over `wx.request` and a KeyValueStorage over `wx.*StorageSync`.
 * Mini-programs have no fetch, Request or Response, which is why the SDK's transport is a plain function.
 *
 *   import { UnionHubClient, storageTokenStore, memberApi } from "@unionhub/sdk";
 *   import { wxTransport, wxStorage } from "@unionhub/sdk/wx";
 *   const client = new UnionHubClient({ baseUrl: "https://api.example.org", transport: wxTransport(wx),
 *     tokens: storageTokenStore(wxStorage(wx)), newIdempotencyKey: wxUuid() });
 */
import type { Transport } from "./transport.js";
import type { KeyValueStorage } from "./storage.js";

/** The part of `wx.request` the SDK uses (https://developers.weixin.qq.com/miniprogram/dev/api/network/request/wx.request.html). */
export interface WxRequestOptions {
  url: string;
  method?: "OPTIONS" | "GET" | "HEAD" | "POST" | "PUT" | "DELETE" | "TRACE" | "CONNECT" | "PATCH";
  data?: string | object | ArrayBuffer;
  header?: Record<string, string>;
  timeout?: number;
  /** Anything but "json" leaves `data` as the raw text, which the SDK parses itself. */
  dataType?: "json" | string;
  responseType?: "text" | "arraybuffer";
  success?: (result: { statusCode: number; header: Record<string, string>; data: unknown }) => void;
  fail?: (error: { errMsg: string; errno?: number }) => void;
}

export interface WxRequestTask { abort(): void }

/** The subset of the global `wx` object the SDK touches. */
export interface WxLike {
  request(options: WxRequestOptions): WxRequestTask;
  getStorageSync?(key: string): unknown;
  setStorageSync?(key: string, value: unknown): void;
  removeStorageSync?(key: string): void;
  getRandomValues?(options: { length: number; success?: (r: { randomValues: ArrayBuffer }) => void }): void;
}

export function wxTransport(wx: WxLike, options: { timeoutMs?: number } = {}): Transport {
  return (request) => new Promise((resolve, reject) => {
    if (request.signal?.aborted) { reject(new Error("aborted")); return; }
    const task = wx.request({
      url: request.url,
      method: request.method.toUpperCase() as WxRequestOptions["method"],
      header: request.headers,
      data: request.body,
      timeout: options.timeoutMs ?? 15000,
      dataType: "text",
      responseType: "text",
      success: (result) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(result.header ?? {})) headers[name.toLowerCase()] = String(value);
        const body = result.data === undefined || result.data === null ? ""
          : typeof result.data === "string" ? result.data : JSON.stringify(result.data);
        resolve({ status: result.statusCode, headers, body });
      },
      fail: (error) => reject(new Error(`wx.request failed: ${error?.errMsg ?? "unknown"}`)),
    });
    request.signal?.addEventListener("abort", () => task?.abort(), { once: true });
  });
}

export function wxStorage(wx: WxLike): KeyValueStorage {
  if (!wx.getStorageSync || !wx.setStorageSync || !wx.removeStorageSync) throw new Error("wx storage API not available");
  return {
    getItem: (key) => { const v = wx.getStorageSync!(key); return typeof v === "string" && v.length > 0 ? v : null; },
    setItem: (key, value) => wx.setStorageSync!(key, value),
    removeItem: (key) => wx.removeStorageSync!(key),
  };
}

/**
 * Idempotency keys for mini-programs, which may lack `crypto`: a v4 UUID from 16 random bytes. `random` defaults to
 * Math.random; pass bytes from a secure source where the base library has one.
 */
export function wxUuid(random: () => number = Math.random): () => string {
  return () => {
    const b = Array.from({ length: 16 }, () => Math.floor(random() * 256) & 0xff);
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const h = b.map((x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
}
