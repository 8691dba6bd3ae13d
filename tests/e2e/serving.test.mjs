// The API serves the built clients beside itself without hiding any API behaviour.
import { test } from "node:test";
import assert from "node:assert/strict";
import { baseUrl } from "./harness.mjs";

const get = (path, init) => fetch(baseUrl + path, { redirect: "manual", ...init });

test("the member app is served at / and deep links fall back to its index.html", async () => {
  for (const path of ["/", "/perks", "/me/real-name"]) {
    const r = await get(path);
    assert.equal(r.status, 200, path);
    assert.match(r.headers.get("content-type"), /text\/html/);
    const html = await r.text();
    assert.match(html, /<title>工会会员服务<\/title>/, path);
    assert.equal(r.headers.get("cache-control"), "no-cache");
  }
});

test("the merchant page is served at /merchant/ (and /merchant redirects there)", async () => {
  const page = await get("/merchant/");
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<title>商户核销台<\/title>/);
  const bare = await get("/merchant");
  assert.equal(bare.status, 302);
  assert.equal(bare.headers.get("location"), "/merchant/");
});

test("hashed bundles are cacheable and a missing file is a 404, not index.html", async () => {
  const html = await (await get("/")).text();
  const bundle = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
  assert.ok(bundle, "index.html names a bundle");
  const js = await get(bundle);
  assert.equal(js.status, 200);
  assert.match(js.headers.get("cache-control"), /immutable/);
  assert.equal((await get("/assets/nope-123.js")).status, 404);
  assert.equal((await get("/merchant/assets/nope-123.js")).status, 404);
});

test("API, swagger and health routes keep working; unknown API paths stay 404 problem+json", async () => {
  assert.equal((await get("/health/live")).status, 200);
  const doc = await get("/swagger/v1/swagger.json");
  assert.equal(doc.status, 200);
  assert.ok((await doc.json()).paths["/api/v1/merchant/me"]);
  for (const path of ["/api/v1/no-such-thing", "/api/v1/merchant/no-such-thing", "/api/nope"]) {
    const r = await get(path);
    assert.equal(r.status, 404, path);
    assert.match(r.headers.get("content-type"), /application\/problem\+json/, path);
    assert.equal((await r.json()).code, "not_found", path);
  }
  const unauth = await get("/api/v1/merchant/me");
  assert.equal(unauth.status, 401);
  assert.match(unauth.headers.get("content-type"), /application\/problem\+json/);
  const post = await get("/perks", { method: "POST" });
  assert.notEqual(post.status, 200, "only GET/HEAD fall back to the app");
});
