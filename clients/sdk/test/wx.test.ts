import { describe, expect, it } from "vitest";
import { UnionHubClient, storageTokenStore, memberApi, REFRESH_PATH } from "../src/index.js";
import { wxStorage, wxTransport, wxUuid, type WxLike, type WxRequestOptions } from "../src/wx.js";

/** A fake `wx` global: answers wx.request from a handler and keeps storage in a Map. */
function fakeWx(handler: (o: WxRequestOptions) => { statusCode: number; header?: Record<string, string>; data?: unknown } | { errMsg: string }) {
  const requests: WxRequestOptions[] = [];
  const store = new Map<string, unknown>();
  let aborted = 0;
  const wx: WxLike = {
    request(o) {
      requests.push(o);
      setTimeout(() => {
        const r = handler(o);
        if ("errMsg" in r) o.fail?.(r);
        else o.success?.({ statusCode: r.statusCode, header: r.header ?? {}, data: r.data ?? "" });
      }, 0);
      return { abort: () => { aborted++; } };
    },
    getStorageSync: (k) => store.get(k) ?? "",
    setStorageSync: (k, v) => { store.set(k, v); },
    removeStorageSync: (k) => { store.delete(k); },
  };
  return { wx, requests, store, aborted: () => aborted };
}

describe("wx adapter", () => {
  it("sends through wx.request with method, headers and raw body text, and parses the text answer", async () => {
    const fake = fakeWx(() => ({ statusCode: 200, header: { "Content-Type": "application/json" }, data: '{"items":[],"nextCursor":null}' }));
    const client = new UnionHubClient({ baseUrl: "https://api.example.org", transport: wxTransport(fake.wx), tokens: storageTokenStore(wxStorage(fake.wx)) });
    client.signIn({ accessToken: "a1", refreshToken: "r1" });
    await expect(memberApi(client).perks({ limit: 5 })).resolves.toEqual({ items: [], nextCursor: null });
    const sent = fake.requests[0]!;
    expect(sent.url).toBe("https://api.example.org/api/v1/perks?limit=5");
    expect(sent.method).toBe("GET");
    expect(sent.header?.Authorization).toBe("Bearer a1");
    expect(sent.dataType).not.toBe("json"); // the SDK parses the text itself
    expect(JSON.parse(fake.store.get("unionhub.tokens") as string)).toMatchObject({ accessToken: "a1" });
  });

  it("maps problem answers (lower-cased headers, object data) to ApiError", async () => {
    const fake = fakeWx(() => ({ statusCode: 429, header: { "Retry-After": "60" }, data: { code: "rate_limited", title: "Too many", status: 429, traceId: "t" } }));
    const client = new UnionHubClient({ transport: wxTransport(fake.wx) });
    await expect(memberApi(client).sendSmsCode("13800138000")).rejects.toMatchObject({ status: 429, code: "rate_limited", retryAfter: 60, traceId: "t" });
    expect(JSON.parse(fake.requests[0]!.data as string)).toEqual({ phone: "13800138000" });
    expect(fake.requests[0]!.header?.["Content-Type"]).toBe("application/json");
  });

  it("refreshes on 401 through wx.request and keeps the new tokens in wx storage", async () => {
    const fake = fakeWx((o) => {
      if (o.url.endsWith(REFRESH_PATH)) return { statusCode: 200, data: JSON.stringify({ accessToken: "a2", refreshToken: "r2" }) };
      return o.header?.Authorization === "Bearer a2" ? { statusCode: 200, data: '{"id":"1"}' } : { statusCode: 401, data: '{"code":"auth.unauthenticated"}' };
    });
    const tokens = storageTokenStore(wxStorage(fake.wx));
    const client = new UnionHubClient({ transport: wxTransport(fake.wx), tokens });
    client.signIn({ accessToken: "a1", refreshToken: "r1" });
    await expect(memberApi(client).me()).resolves.toEqual({ id: "1" });
    expect(tokens.get()).toMatchObject({ accessToken: "a2", refreshToken: "r2" });
  });

  it("a wx.request failure is a network error, retried with the same idempotency key", async () => {
    let n = 0;
    const fake = fakeWx(() => (++n === 1 ? { errMsg: "request:fail timeout" } : { statusCode: 201, data: '{"claimId":"c"}' }));
    const client = new UnionHubClient({ transport: wxTransport(fake.wx), newIdempotencyKey: wxUuid(), sleep: async () => {} });
    await expect(memberApi(client).claim("9")).resolves.toEqual({ claimId: "c" });
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[0]!.header?.["Idempotency-Key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(fake.requests[1]!.header?.["Idempotency-Key"]).toBe(fake.requests[0]!.header?.["Idempotency-Key"]);

    const once = new UnionHubClient({ transport: wxTransport(fakeWx(() => ({ errMsg: "request:fail" })).wx) });
    await expect(once.request("GET", "/x")).rejects.toMatchObject({ status: 0, code: "network.error" });
  });

  it("aborts the wx request task when the signal fires", async () => {
    const fake = fakeWx(() => ({ statusCode: 200, data: "{}" }));
    const controller = new AbortController();
    const p = wxTransport(fake.wx)({ method: "GET", url: "/x", headers: {}, signal: controller.signal });
    controller.abort();
    await p;
    expect(fake.aborted()).toBe(1);
  });
});
