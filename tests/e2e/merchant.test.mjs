// The merchant cashier page at /merchant/: a merchant_staff user created through the admin API logs in.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, api, creditCode, launch, screenshot, unique } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a merchant_staff user logs in on /merchant/ and sees the merchant's name", async () => {
  const admin = await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } });
  const merchantName = `好又多超市 ${unique()}`;
  const merchant = await api("POST", "/api/v1/admin/merchants", { token: admin.accessToken, body: { name: merchantName, creditCode: creditCode() } });
  const username = `cashier.${unique()}`;
  const password = "a long cashier password";
  await api("POST", "/api/v1/admin/users", { token: admin.accessToken, body: { username, password, role: "merchant_staff", merchantId: merchant.id } });

  const page = await browser.newPage();
  await page.goto("/merchant/");
  await page.getByText("收银员登录").waitFor();
  await screenshot(page, "merchant-1-login");

  await page.locator("[data-test=username] input").fill(username);
  await page.locator("[data-test=password] input").fill("wrong password!");
  await page.locator("[data-test=login]").click();
  await page.locator("[data-test=login-error]").getByText("用户名或密码错误").waitFor();
  await screenshot(page, "merchant-2-wrong-password");

  await page.locator("[data-test=password] input").fill(password);
  await page.locator("[data-test=login]").click();
  await page.locator("[data-test=merchant-name]").getByText(merchantName).waitFor();
  assert.equal(await page.locator("[data-test=code-input] input").isVisible(), true);
  await screenshot(page, "merchant-3-cashier");

  // the session survives a reload (token in localStorage)
  await page.reload();
  await page.locator("[data-test=merchant-name]").getByText(merchantName).waitFor();

  // a super_admin is not a cashier
  await page.locator("[data-test=logout]").click();
  await page.locator("[data-test=username] input").fill("admin");
  await page.locator("[data-test=password] input").fill(adminPassword);
  await page.locator("[data-test=login]").click();
  await page.locator("[data-test=login-error]").getByText("该账号不是商户收银员账号").waitFor();
  assert.deepEqual(browser.errors, []);
});

// Preview, redeem, already redeemed, void, today's list and settlement against the real API: flow.test.mjs.
