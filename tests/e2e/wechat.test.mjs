// The member H5 app inside WeChat's browser: Official Account OAuth through the Development dev redirect.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { api, launch, screenshot } from "./harness.mjs";

const WECHAT_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
  + "MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const tokensOf = async (page) => JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens")));

test("a normal browser sees no WeChat login", async () => {
  const page = await browser.newPage();
  await page.goto("/login");
  await page.getByRole("button", { name: "获取验证码" }).waitFor();
  await page.waitForLoadState("networkidle");
  assert.equal(await page.locator("[data-test=wechat-login]").count(), 0);
  assert.equal(new URL(page.url()).pathname, "/login");
  await page.close();
});

test("inside WeChat: a wrong state is refused readably, then WeChat login (manual, then automatic once) logs in", async () => {
  const page = await browser.context.newPage();
  page.on("pageerror", (e) => browser.errors.push(e));
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Emulation.setUserAgentOverride", { userAgent: WECHAT_UA });
  assert.match(await page.evaluate(() => navigator.userAgent), /MicroMessenger/);

  const config = await api("GET", "/api/v1/auth/wechat/h5-config");
  assert.deepEqual({ enabled: config.enabled, devRedirect: config.devRedirect }, { enabled: true, devRedirect: true });

  // a return whose state this session never issued: a Chinese message, the button and the SMS login remain
  await page.goto("/login?redirect=%2Fme&code=dev-intruder&state=forged");
  await page.locator("[data-test=wechat-error]").getByText("微信登录校验未通过").waitFor();
  await page.locator("[data-test=wechat-login]").waitFor();
  await page.getByRole("button", { name: "获取验证码" }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get("code"), null, "code and state are gone from the address bar");
  assert.equal(await tokensOf(page), null);
  await screenshot(page, "wechat-1-state-mismatch");

  // the button: dev redirect back with code=dev-<random>, then the redirect target
  const clicked = page.waitForResponse((r) => r.url().includes("/api/v1/auth/wechat/oauth-login"));
  await page.locator("[data-test=wechat-login]").click();
  assert.equal((await clicked).status(), 200);
  await page.waitForURL((url) => url.pathname === "/me");
  await page.waitForLoadState("networkidle");
  const first = await tokensOf(page);
  assert.ok(first?.accessToken, "tokens stored");
  const me = await api("GET", "/api/v1/me", { token: first.accessToken });
  assert.equal(me.id, first.member.id);
  assert.equal(new URL(page.url()).search, "");
  await page.getByText("我的").first().waitFor();
  await screenshot(page, "wechat-2-logged-in");

  // signed out in a new WeChat session: the login screen starts WeChat login by itself
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  const loggedIn = page.waitForResponse((r) => r.url().includes("/api/v1/auth/wechat/oauth-login"));
  await page.goto("/wallet");
  assert.equal((await loggedIn).status(), 200);
  await page.waitForURL((url) => url.pathname === "/wallet");
  await page.waitForLoadState("networkidle");
  const second = await tokensOf(page);
  assert.ok(second?.accessToken);
  assert.notEqual(second.member.id, first.member.id, "each dev code is a new openid");

  // signed out again in the same session: no second automatic start (no loop), the button waits
  await page.evaluate(() => localStorage.clear());
  await page.goto("/login");
  await page.locator("[data-test=wechat-login]").waitFor();
  await page.waitForLoadState("networkidle");
  assert.equal(new URL(page.url()).pathname, "/login");
  assert.equal(await tokensOf(page), null);
  await screenshot(page, "wechat-3-button");
  assert.deepEqual(browser.errors, []);
});
