import { describe, expect, it, vi } from "vitest";
import { ApiError, UnionHubClient, memoryStorage, storageTokenStore, REFRESH_PATH, CONSISTENCY_HEADER, memberApi, merchantApi } from "../src/index.js";
import { bearer, fakeTransport, gate, json, problem } from "./fakes.js";

const signedIn = (access = "old-access", refresh = "refresh-1") => {
  const tokens = storageTokenStore(memoryStorage());
  tokens.set({ accessToken: access, refreshToken: refresh });
  return tokens;
};
const noWait = { sleep: async () => {} };

describe("refresh on 401", () => {
  it("refreshes once and retries the original call with the new token", async () => {
    const { transport, calls } = fakeTransport((r) => {
      if (r.url === REFRESH_PATH) return json(200, { accessToken: "new-access", refreshToken: "refresh-2", expiresIn: 900, roles: ["member"] });
      return bearer(r) === "new-access" ? json(200, { id: "42" }) : problem(401, "auth.unauthenticated");
    });
    const tokens = signedIn();
    const client = new UnionHubClient({ transport, tokens });

    await expect(client.request("GET", "/api/v1/me")).resolves.toEqual({ id: "42" });

    expect(calls.map((c) => c.url)).toEqual(["/api/v1/me", REFRESH_PATH, "/api/v1/me"]);
    expect(JSON.parse(calls[1]!.body as string)).toEqual({ refreshToken: "refresh-1" });
    expect(calls[1]!.headers.Authorization).toBeUndefined();
    expect(tokens.get()).toMatchObject({ accessToken: "new-access", refreshToken: "refresh-2" });
  });

  it("runs ONE refresh for concurrent 401s; every call waits for it and is retried", async () => {
    const refreshAnswer = gate();
    let refreshes = 0;
    const { transport, calls } = fakeTransport(async (r) => {
      if (r.url === REFRESH_PATH) {
        refreshes++;
        await refreshAnswer.promise;
        return json(200, { accessToken: "new-access", refreshToken: "refresh-2" });
      }
      return bearer(r) === "new-access" ? json(200, { url: r.url }) : problem(401, "auth.unauthenticated");
    });
    const client = new UnionHubClient({ transport, tokens: signedIn() });

    const pending = ["/a", "/b", "/c", "/d", "/e"].map((p) => client.request<{ url: string }>("GET", p));
    await vi.waitFor(() => expect(calls.filter((c) => c.url !== REFRESH_PATH).length).toBe(5));
    await new Promise((r) => setTimeout(r, 10)); // every call has seen its 401 by now
    refreshAnswer.open();
    const answers = await Promise.all(pending);

    expect(refreshes).toBe(1);
    expect(answers.map((a) => a.url)).toEqual(["/a", "/b", "/c", "/d", "/e"]);
    expect(calls.filter((c) => c.url !== REFRESH_PATH && bearer(c) === "new-access")).toHaveLength(5);
  });

  it("does not refresh again for a 401 of a token that was already replaced", async () => {
    const tokens = signedIn();
    let refreshes = 0;
    const { transport } = fakeTransport((r) => {
      if (r.url === REFRESH_PATH) { refreshes++; return json(200, { accessToken: "new-access", refreshToken: "refresh-2" }); }
      if (r.url === "/slow" && bearer(r) === "old-access") tokens.set({ accessToken: "new-access", refreshToken: "refresh-2" }); // someone refreshed meanwhile
      return bearer(r) === "new-access" ? json(200, {}) : problem(401, "auth.unauthenticated");
    });
    const client = new UnionHubClient({ transport, tokens });
    await client.request("GET", "/slow");
    expect(refreshes).toBe(0);
  });

  it("clears the tokens and reports the end of the session when the refresh fails", async () => {
    const expired = vi.fn();
    const { transport, calls } = fakeTransport((r) =>
      r.url === REFRESH_PATH ? problem(401, "auth.invalid_refresh") : problem(401, "auth.unauthenticated"));
    const tokens = signedIn();
    const client = new UnionHubClient({ transport, tokens, onSessionExpired: expired });

    const results = await Promise.allSettled([client.request("GET", "/a"), client.request("GET", "/b")]);

    for (const r of results) {
      expect(r.status).toBe("rejected");
      expect((r as PromiseRejectedResult).reason).toMatchObject({ status: 401, code: "auth.invalid_refresh" });
    }
    expect(calls.filter((c) => c.url === REFRESH_PATH)).toHaveLength(1);
    expect(tokens.get()).toBeNull();
    expect(expired).toHaveBeenCalledTimes(1);
    expect(client.isSignedIn).toBe(false);
  });

  it("keeps the session when the refresh is throttled or the server fails, ends it when refused", async () => {
    for (const [status, code, kept] of [[429, "rate_limited", true], [503, "service.unavailable", true], [404, "not_found", false]] as const) {
      const { transport } = fakeTransport((r) => (r.url === REFRESH_PATH ? problem(status, code) : problem(401, "auth.unauthenticated")));
      const tokens = signedIn();
      const client = new UnionHubClient({ transport, tokens, maxRetries: 0 });
      await expect(client.request("GET", "/a")).rejects.toMatchObject({ status, code });
      expect(tokens.get() !== null).toBe(kept);
    }
  });

  it("without a refresh token a 401 ends the session at once", async () => {
    const { transport, calls } = fakeTransport(() => problem(401, "auth.unauthenticated"));
    const tokens = storageTokenStore(memoryStorage());
    tokens.set({ accessToken: "staff-access" });
    const expired = vi.fn();
    const client = new UnionHubClient({ transport, tokens, onSessionExpired: expired });
    await expect(client.request("GET", "/api/v1/merchant/me")).rejects.toMatchObject({ status: 401 });
    expect(calls).toHaveLength(1);
    expect(tokens.get()).toBeNull();
    expect(expired).toHaveBeenCalledOnce();
  });

  it("keeps the tokens when the refresh got no answer (offline), and fails the call", async () => {
    const { transport } = fakeTransport((r) => (r.url === REFRESH_PATH ? new TypeError("Failed to fetch") : problem(401, "auth.unauthenticated")));
    const tokens = signedIn();
    const client = new UnionHubClient({ transport, tokens });
    await expect(client.request("GET", "/a")).rejects.toMatchObject({ status: 0, code: "network.error" });
    expect(tokens.get()?.refreshToken).toBe("refresh-1");
  });

  it("a login call (auth: false) answering 401 does not try to refresh", async () => {
    const { transport, calls } = fakeTransport(() => problem(401, "auth.invalid_code"));
    const client = new UnionHubClient({ transport, tokens: signedIn() });
    await expect(memberApi(client).smsLogin("13800138000", "000000")).rejects.toMatchObject({ code: "auth.invalid_code" });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.headers.Authorization).toBeUndefined();
  });
});

describe("errors", () => {
  it("maps problem+json to an ApiError with status, code, detail, errors and traceId", async () => {
    const { transport } = fakeTransport(() => problem(422, "validation.failed",
      { detail: "2 fields", errors: { phone: ["must be 11 digits"], code: ["required"] } }));
    const client = new UnionHubClient({ transport });
    const error = await client.request("POST", "/api/v1/auth/sms/login", { body: {}, auth: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422, code: "validation.failed", title: "title of validation.failed", detail: "2 fields",
      errors: { phone: ["must be 11 digits"], code: ["required"] }, traceId: "trace-1",
    });
  });

  it("keeps extension members and reads Retry-After", async () => {
    const { transport } = fakeTransport((r) => r.url.endsWith("/send")
      ? problem(429, "rate_limited", {}, { "retry-after": "37" })
      : problem(409, "voucher.already_redeemed", { redeemedAt: "2026-06-01T10:00:00+08:00" }));
    const client = new UnionHubClient({ transport });
    await expect(client.request("POST", "/api/v1/auth/sms/send", { body: { phone: "1" } })).rejects.toMatchObject({ status: 429, retryAfter: 37 });
    const e = (await merchantApi(client).preview({ code: "X" }).catch((x: unknown) => x)) as ApiError;
    expect(e.code).toBe("voucher.already_redeemed");
    expect(e.problem.redeemedAt).toBe("2026-06-01T10:00:00+08:00");
  });

  it("gives a default code when the body is not problem+json", async () => {
    const { transport } = fakeTransport(() => ({ status: 502, headers: { "content-type": "text/html" }, body: "<html>Bad gateway</html>" }));
    const client = new UnionHubClient({ transport });
    await expect(client.request("GET", "/x")).rejects.toMatchObject({ status: 502, code: "server.error", detail: undefined });
  });

  it("turns a transport failure into status 0 network.error", async () => {
    const { transport } = fakeTransport(() => new TypeError("Failed to fetch"));
    const client = new UnionHubClient({ transport });
    const e = await client.request("GET", "/x").catch((x: ApiError) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 0, code: "network.error", isNetworkError: true });
  });
});

describe("idempotency keys", () => {
  const keys = () => { let n = 0; return () => `key-${++n}`; };

  it("sends one key per logical call and REUSES it on every retry of that call", async () => {
    const { transport, calls } = fakeTransport((r, n) => {
      if (n === 1) return new TypeError("network down");
      if (n === 2) return problem(503, "service.unavailable");
      if (n === 3) return problem(409, "idempotency.in_progress");
      return json(201, { claimId: "c1", voucher: { id: "v1" } });
    });
    const client = new UnionHubClient({ transport, newIdempotencyKey: keys(), maxRetries: 3, ...noWait });
    const claimed = await memberApi(client).claim("7");
    expect(claimed.claimId).toBe("c1");
    expect(calls).toHaveLength(4);
    expect(calls.map((c) => c.url)).toEqual(Array(4).fill("/api/v1/perks/7/claims"));
    expect(new Set(calls.map((c) => c.headers["Idempotency-Key"]))).toEqual(new Set(["key-1"]));

    await memberApi(client).claim("7");
    expect(calls[4]!.headers["Idempotency-Key"]).toBe("key-2"); // a new logical call, a new key
  });

  it("reuses the key across the retry that follows a token refresh", async () => {
    const { transport, calls } = fakeTransport((r) => {
      if (r.url === REFRESH_PATH) return json(200, { accessToken: "new-access", refreshToken: "r2" });
      return bearer(r) === "new-access" ? json(201, { redemptionId: "1" }) : problem(401, "auth.unauthenticated");
    });
    const client = new UnionHubClient({ transport, tokens: signedIn(), newIdempotencyKey: keys() });
    await merchantApi(client).redeem({ code: "ABCDEFGHJKLM" });
    const redeems = calls.filter((c) => c.url === "/api/v1/merchant/redemptions");
    expect(redeems).toHaveLength(2);
    expect(redeems.map((c) => c.headers["Idempotency-Key"])).toEqual(["key-1", "key-1"]);
  });

  it("uses the caller's key, so a user's manual retry replays instead of acting twice", async () => {
    const { transport, calls } = fakeTransport(() => json(201, { redemptionId: "1" }));
    const client = new UnionHubClient({ transport, newIdempotencyKey: keys() });
    await merchantApi(client).redeem({ code: "A" }, "cashier-key");
    await merchantApi(client).redeem({ code: "A" }, "cashier-key");
    expect(calls.map((c) => c.headers["Idempotency-Key"])).toEqual(["cashier-key", "cashier-key"]);
  });

  it("gives up after maxRetries and does not retry non-idempotent calls or final answers", async () => {
    const { transport, calls } = fakeTransport(() => new TypeError("down"));
    const client = new UnionHubClient({ transport, maxRetries: 2, ...noWait });
    await expect(memberApi(client).claim("1")).rejects.toMatchObject({ code: "network.error" });
    expect(calls).toHaveLength(3);
    await expect(client.request("POST", "/api/v1/me/real-name", { body: {} })).rejects.toMatchObject({ code: "network.error" });
    expect(calls).toHaveLength(4);
    expect(calls[3]!.headers["Idempotency-Key"]).toBeUndefined();

    const sold = fakeTransport(() => problem(409, "perk.sold_out"));
    await expect(memberApi(new UnionHubClient({ transport: sold.transport, ...noWait })).claim("1")).rejects.toMatchObject({ code: "perk.sold_out" });
    expect(sold.calls).toHaveLength(1);
  });

  it("generates UUIDs by default", async () => {
    const { transport, calls } = fakeTransport(() => json(201, {}));
    await memberApi(new UnionHubClient({ transport })).claim("1");
    expect(calls[0]!.headers["Idempotency-Key"]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("member calls", () => {
  it("verifyRealName answers the real-name record whether the server sends it alone or inside /me", async () => {
    const record = { status: "verified", nameMasked: "王*明", idNumberMasked: "110105********002X" };
    for (const body of [record, { id: "1", phoneMasked: "138****8000", realName: record }]) {
      const { transport } = fakeTransport(() => json(200, body));
      await expect(memberApi(new UnionHubClient({ transport })).verifyRealName("王小明", "11010519491231002X")).resolves.toEqual(record);
    }
  });
});

describe("requests", () => {
  it("builds URLs from the base, path values and query, and sends JSON with the bearer token", async () => {
    const { transport, calls } = fakeTransport(() => json(200, { items: [], nextCursor: null }));
    const client = new UnionHubClient({ transport, baseUrl: "https://api.example.org/", tokens: signedIn("tok") });
    await client.request("GET", "/api/v1/x/{id}", { path: { id: "a/b" }, query: { limit: 20, cursor: undefined, q: "王 明" } });
    expect(calls[0]!.url).toBe("https://api.example.org/api/v1/x/a%2Fb?limit=20&q=%E7%8E%8B%20%E6%98%8E");
    expect(calls[0]!.headers.Authorization).toBe("Bearer tok");
    await client.post("/api/v1/admin/auth/login", { body: { username: "u", password: "p" }, auth: false });
    expect(calls[1]!.headers["Content-Type"]).toBe("application/json");
    expect(JSON.parse(calls[1]!.body as string)).toEqual({ username: "u", password: "p" });
    expect(calls[1]!.headers.Authorization).toBeUndefined();
  });

  it("staff login keeps the tokens and the typed GET sends them", async () => {
    const { transport, calls } = fakeTransport((r) => r.url.endsWith("/login")
      ? json(200, { accessToken: "staff", refreshToken: null, expiresIn: 900, roles: ["merchant_staff"] })
      : json(200, { merchantId: "3", name: "好又多超市", via: "staff" }));
    const client = new UnionHubClient({ transport });
    const m = merchantApi(client);
    await m.staffLogin("cashier", "pw");
    await expect(m.me()).resolves.toMatchObject({ name: "好又多超市" });
    expect(bearer(calls[1]!)).toBe("staff");
  });
});

describe("relief funds and cashier calls", () => {
  it("uploads evidence as the raw bytes with the file's content type (only the view's bytes of a larger buffer)", async () => {
    const { transport, calls } = fakeTransport(() => json(201, { id: "9", contentType: "image/png", sizeBytes: 3, uploadedAt: "2026-06-01T10:00:00+08:00" }));
    const api = memberApi(new UnionHubClient({ transport, tokens: signedIn("tok") }));
    const whole = new Uint8Array([0, 0x89, 0x50, 0x4e, 0]);
    await expect(api.uploadEvidence("42", whole.subarray(1, 4), "image/png")).resolves.toMatchObject({ id: "9" });
    const sent = calls[0]!;
    expect(sent.method).toBe("POST");
    expect(sent.url).toBe("/api/v1/me/fund-applications/42/evidence");
    expect(sent.headers["Content-Type"]).toBe("image/png");
    expect(sent.body).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(sent.body as ArrayBuffer)]).toEqual([0x89, 0x50, 0x4e]);
    await api.uploadEvidence("42", new Uint8Array([1, 2]).buffer);
    expect(calls[1]!.headers["Content-Type"]).toBe("application/octet-stream");
  });

  it("applies with an Idempotency-Key that the caller may keep for a retry", async () => {
    const { transport, calls } = fakeTransport(() => json(201, { id: "1", status: "submitted" }));
    const api = memberApi(new UnionHubClient({ transport, tokens: signedIn("tok") }));
    const request = { fundId: "3", category: "low_income", requestedFen: 100000, reason: "生活困难", contactPhone: "13800138000" } as const;
    await api.apply(request, "form-key-1");
    await api.apply(request, "form-key-1");
    await api.apply(request);
    expect(calls.map((c) => c.headers["Idempotency-Key"])).toEqual(["form-key-1", "form-key-1", expect.stringMatching(/^[0-9a-f-]{36}$/)]);
    expect(JSON.parse(calls[0]!.body as string)).toEqual(request);
  });

  it("asks for a day's redemptions and a settlement as JSON or CSV text", async () => {
    const { transport, calls } = fakeTransport((r) => r.headers.Accept === "text/csv"
      ? { status: 200, headers: { "content-type": "text/csv; charset=utf-8" }, body: "\ufeff核销单号\r\n" }
      : json(200, { items: [], nextCursor: null }));
    const m = merchantApi(new UnionHubClient({ transport, tokens: signedIn("tok") }));
    await m.dayRedemptions({ date: "2026-06-01" });
    await m.settlement("2026-06-01", "2026-06-30");
    await expect(m.settlementCsv("2026-06-01", "2026-06-30")).resolves.toBe("\ufeff核销单号\r\n");
    expect(calls.map((c) => c.url)).toEqual([
      "/api/v1/merchant/redemptions?date=2026-06-01",
      "/api/v1/merchant/settlements?from=2026-06-01&to=2026-06-30",
      "/api/v1/merchant/settlements?from=2026-06-01&to=2026-06-30",
    ]);
  });
});

describe("consistency token (read-your-writes on a cluster)", () => {
  it("sends nothing until an answer carries a token, then sends the newest one on every call", async () => {
    const tokens = ["0-1-41", undefined, "0-1-39", "not-a-token", "0-1-120"];
    const { transport, calls } = fakeTransport((_, n) => {
      const token = tokens[n - 1];
      return json(200, {}, token ? { "consistency-token": token } : {});
    });
    const client = new UnionHubClient({ transport });
    for (let i = 0; i < tokens.length + 1; i++) await client.request("GET", "/api/v1/me");
    expect(calls.map((c) => c.headers[CONSISTENCY_HEADER])).toEqual([undefined, "0-1-41", "0-1-41", "0-1-41", "0-1-41", "0-1-120"]);
  });

  it("a refusal's token counts too (the instance names its newest commit on every answer to a write)", async () => {
    const { transport, calls } = fakeTransport((_, n) => n === 1
      ? problem(409, "perk.sold_out", {}, { "consistency-token": "0-1-7" })
      : json(200, {}));
    const client = new UnionHubClient({ transport });
    await expect(client.request("POST", "/api/v1/perks/1/claims")).rejects.toMatchObject({ code: "perk.sold_out" });
    await client.request("GET", "/api/v1/me/vouchers");
    expect(calls[1]!.headers[CONSISTENCY_HEADER]).toBe("0-1-7");
  });
});
