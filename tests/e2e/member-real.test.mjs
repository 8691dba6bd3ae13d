// The member H5 app against the real API: SMS login (code from the Development outbox, shown on the login screen),
// "我的" from GET /me, and real-name verification against a roster uploaded through the admin API.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, api, creditCode, idNumber, launch, phone, screenshot, unique, uploadRoster } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a member logs in by SMS, sees 我的, and verifies their real name against the roster", async () => {
  const admin = await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } });
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin.accessToken, body: { name: `市总工会 ${unique()}` } });
  const credit = creditCode();
  await api("POST", "/api/v1/admin/enterprises", { token: admin.accessToken, body: { name: `第一机床厂 ${unique()}`, creditCode: credit, orgId: org.id } });
  const id = idNumber();
  const mobile = phone();
  const roster = await uploadRoster(admin.accessToken, org.id, `name,idNumber,enterpriseCreditCode,phone\n王小明,${id},${credit},${mobile}\n`);
  assert.equal(roster.added, 1, JSON.stringify(roster));

  const page = await browser.newPage();
  await page.goto("/");
  await page.locator("[data-test=phone] input").fill(mobile);
  await page.locator("[data-test=send-code]").click();
  const code = (await page.locator("[data-test=dev-code]").innerText()).match(/\d{4,8}/)?.[0];
  assert.ok(code, "the Development outbox code is shown");
  await page.locator("[data-test=code] input").fill(code);
  await page.locator("[data-test=login]").click();
  await page.waitForURL((url) => url.pathname === "/perks");

  await page.locator(".van-tabbar-item", { hasText: "我的" }).click();
  const masked = `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
  await page.locator("[data-test=profile]").getByText(masked).waitFor();
  await page.locator("[data-test=profile]").getByText("未实名").waitFor();
  await screenshot(page, "real-1-me-unverified");

  await page.locator("[data-test=to-real-name]").click();
  await page.locator("[data-test=name] input").fill("王小明");
  await page.locator("[data-test=id-number] input").fill(id);
  await page.locator("[data-test=verify]").click();
  const result = page.locator("[data-test=real-name-result]");
  await result.getByText(`${id.slice(0, 6)}********${id.slice(14)}`).waitFor();
  await result.getByText("王*明").waitFor();
  await screenshot(page, "real-2-verified");

  // back on 我的, GET /me tells the same; a reload keeps the session
  await page.goto("/me");
  await page.locator("[data-test=profile]").getByText("已实名").waitFor();
  assert.deepEqual(browser.errors, []);
});

test("a wrong SMS code is shown as a readable message on the code field", async () => {
  const page = await browser.newPage();
  const mobile = phone();
  await page.goto("/login");
  await page.evaluate(() => localStorage.clear()); // signed out (the previous test signed in)
  await page.goto("/login");
  await page.locator("[data-test=phone] input").fill(mobile);
  await page.locator("[data-test=send-code]").click();
  await page.locator("[data-test=dev-code]").waitFor();
  const code = (await page.locator("[data-test=dev-code]").innerText()).match(/\d{4,8}/)[0];
  const wrong = code.endsWith("0") ? code.slice(0, -1) + "1" : code.slice(0, -1) + "0";
  await page.locator("[data-test=code] input").fill(wrong);
  await page.locator("[data-test=login]").click();
  await page.getByText("验证码错误或已过期，请重新输入").waitFor();
  await screenshot(page, "real-3-wrong-code");
  assert.equal(new URL(page.url()).pathname, "/login");
});
