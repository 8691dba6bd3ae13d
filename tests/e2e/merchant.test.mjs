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

// Until merchant redemption lands, preview and redeem run against answers shaped as API.md says (mocked in the
// browser); login and /merchant/me above are real. The real flow replaces this once the API merges.
test("the cashier previews and redeems a code, and a second redeem shows 'already redeemed' (redemption API mocked)", async () => {
  const admin = await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } });
  const merchant = await api("POST", "/api/v1/admin/merchants", { token: admin.accessToken, body: { name: "便民早餐店", creditCode: creditCode() } });
  const username = `cashier.${unique()}`;
  await api("POST", "/api/v1/admin/users", { token: admin.accessToken, body: { username, password: "a long cashier password", role: "merchant_staff", merchantId: merchant.id } });

  const page = await browser.newPage();
  const redeemedAt = "2026-06-01T10:05:00+08:00";
  const keys = [];
  let redeemed = false;
  let stalePreview = false;
  await page.route("**/api/v1/merchant/redemptions**", async (route) => {
    const body = route.request().postDataJSON();
    assert.deepEqual(body, { code: "ABCDEFGHJKLM" });
    const json = (status, payload) => route.fulfill({ status, contentType: status < 300 ? "application/json" : "application/problem+json", body: JSON.stringify(payload) });
    if (route.request().url().endsWith("/preview")) {
      return json(200, { voucherId: "v1", perkTitle: "夏日清凉超市代金券", faceValueFen: 5000, validUntil: "2026-12-31T23:59:59+08:00", status: redeemed && !stalePreview ? "redeemed" : "unused", memberNameMasked: "王*明" });
    }
    keys.push(route.request().headers()["idempotency-key"]);
    if (redeemed) return json(409, { code: "voucher.already_redeemed", status: 409, title: "Already redeemed", redeemedAt, traceId: "t" });
    redeemed = true;
    return json(201, { redemptionId: "r1", voucherId: "v1", faceValueFen: 5000, redeemedAt });
  });

  await page.goto("/merchant/");
  if (await page.locator("[data-test=logout]").isVisible()) await page.locator("[data-test=logout]").click();
  await page.locator("[data-test=username] input").fill(username);
  await page.locator("[data-test=password] input").fill("a long cashier password");
  await page.locator("[data-test=login]").click();
  await page.locator("[data-test=merchant-name]").getByText("便民早餐店").waitFor();

  await page.locator("[data-test=code-input] input").fill("abcd efgh jklm");
  await page.locator("[data-test=preview]").click();
  await page.locator("[data-test=preview-card]").getByText("夏日清凉超市代金券").waitFor();
  await screenshot(page, "merchant-4-preview");
  await page.locator("[data-test=redeem]").click();
  await page.locator("[data-test=redeemed]").getByText("核销成功").waitFor();
  await screenshot(page, "merchant-5-redeemed");

  // the same code again, previewed at another till before the first redeem landed: the redeem answers
  // voucher.already_redeemed and the cashier sees when it was redeemed
  await page.getByRole("button", { name: "继续核销" }).click();
  stalePreview = true;
  await page.locator("[data-test=code-input] input").fill("ABCDEFGHJKLM");
  await page.locator("[data-test=preview]").click();
  await page.locator("[data-test=redeem]").click();
  await page.locator("[data-test=result-error]").getByText("该券已于 2026-06-01 10:05 核销，不能重复使用").waitFor();
  await screenshot(page, "merchant-6-already-redeemed");

  // previewing it now says so before any redeem
  stalePreview = false;
  await page.locator("[data-test=preview]").click();
  await page.locator("[data-test=result-error]").getByText("该券已核销，不能重复使用").waitFor();
  assert.equal(await page.locator("[data-test=redeem]").count(), 0, "no redeem button for a redeemed voucher");
  assert.equal(keys.length, 2);
  assert.notEqual(keys[0], keys[1], "a new redeem is a new logical call with a new key");
  assert.match(keys[0] ?? "", /^[0-9a-f-]{36}$/, "redeem sends an Idempotency-Key");
  assert.deepEqual(browser.errors, []);
});
