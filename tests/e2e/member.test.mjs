// The member H5 app at /.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("the H5 app loads at / and shows the SMS login screen; pages need a login", async () => {
  const page = await browser.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "获取验证码" }).waitFor();
  assert.equal(new URL(page.url()).pathname, "/login");
  assert.equal(await page.title(), "登录 - 工会会员服务");
  await screenshot(page, "member-1-login");

  // instant phone check before any request
  await page.locator("[data-test=phone] input").fill("12345");
  await page.locator("[data-test=send-code]").click();
  await page.getByText("请输入 11 位手机号").first().waitFor();
  await screenshot(page, "member-2-login-invalid-phone");

  await page.goto("/wallet");
  await page.getByRole("button", { name: "获取验证码" }).waitFor();
  assert.equal(new URL(page.url()).searchParams.get("redirect"), "/wallet");
  assert.deepEqual(browser.errors, []);
});

// Until the member APIs (SMS login, /me, /perks, /me/vouchers) are merged, these screens run against answers shaped
// exactly as API.md says, served by the browser; the real end-to-end flow replaces this once they land.
test("member screens render contract-shaped answers (API mocked in the browser until the member APIs land)", async () => {
  const page = await browser.newPage();
  const now = Date.now();
  const iso = (ms) => new Date(ms).toISOString().replace("Z", "+00:00");
  const json = (body, status = 200) => ({ status, contentType: "application/json", body: JSON.stringify(body) });
  let claimed = false;
  await page.route("**/api/v1/**", async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname;
    if (path === "/api/v1/auth/sms/send") return route.fulfill({ status: 202, body: "" });
    if (path === "/api/v1/dev/sms-outbox") return route.fulfill(json({ messages: [{ code: "246810", sentAt: iso(now) }] }));
    if (path === "/api/v1/auth/sms/login") return route.fulfill(json({ accessToken: "a", refreshToken: "r", expiresIn: 900, roles: ["member"], member: { id: "1" } }));
    if (path === "/api/v1/perks") return route.fulfill(json({ nextCursor: null, items: [
      { id: "1", kind: "voucher", title: "夏日清凉超市代金券", description: "合作超市满 100 元可用", faceValueFen: 5000, startsAt: iso(now - 3600e3), endsAt: iso(now + 86400e3), remaining: 128, perMemberLimit: 1, claimedByMe: claimed ? 1 : 0 },
      { id: "2", kind: "movie_ticket", title: "周末观影电影票", startsAt: iso(now + 2 * 3600e3 + 65e3), endsAt: iso(now + 3 * 86400e3), remaining: 300, perMemberLimit: 1, claimedByMe: 0 },
      { id: "3", kind: "goods", title: "防暑降温包", startsAt: iso(now - 86400e3), endsAt: iso(now + 86400e3), remaining: 0, perMemberLimit: 1, claimedByMe: 0 },
      { id: "4", kind: "voucher", title: "早餐包子券", faceValueFen: 800, startsAt: iso(now - 86400e3), endsAt: iso(now + 86400e3), remaining: 40, perMemberLimit: 2, claimedByMe: 2 },
    ] }));
    if (path === "/api/v1/perks/1/claims") {
      assert.match(route.request().headers()["idempotency-key"] ?? "", /^[0-9a-f-]{36}$/);
      claimed = true;
      return route.fulfill(json({ claimId: "c1", voucher: { id: "v1", code: "ABCDEFGHJKLM", qrPayload: "uh1.ABCDEFGHJKLM.sig", validUntil: iso(now + 30 * 86400e3), status: "unused" } }, 201));
    }
    if (path === "/api/v1/me/vouchers") return route.fulfill(json({ nextCursor: null, items: [
      { id: "v1", code: "ABCDEFGHJKLM", qrPayload: "uh1.ABCDEFGHJKLM.sig", validUntil: iso(now + 30 * 86400e3), status: "unused", perkTitle: "夏日清凉超市代金券", faceValueFen: 5000 },
      { id: "v0", code: "MNPQRSTUVWXY", qrPayload: "uh1.MNPQRSTUVWXY.sig", validUntil: iso(now + 86400e3), status: "redeemed", perkTitle: "春节慰问购物券", faceValueFen: 10000,
        redemption: { redeemedAt: iso(now - 86400e3), merchantName: "好又多超市" } },
    ] }));
    if (path === "/api/v1/me") return route.fulfill(json({ id: "1", phoneMasked: "138****8000", realName: { status: "unverified" } }));
    if (path === "/api/v1/me/real-name") return route.fulfill(json({ status: "verified", nameMasked: "王*明", idNumberMasked: "110105********002X", orgName: "市总工会", memberCardNo: "GH2026000001" }));
    if (path === "/api/v1/funds") return route.fulfill(json({ nextCursor: null, items: [] }));
    return route.fulfill(json({ code: "not_found", status: 404, title: "Not Found" }, 404));
  });

  await page.goto("/login");
  await page.locator("[data-test=phone] input").fill("13800138000");
  await page.locator("[data-test=send-code]").click();
  await page.locator("[data-test=dev-code]").getByText("246810").waitFor();
  await page.getByRole("button", { name: /秒后重发/ }).waitFor();
  await page.locator("[data-test=code] input").fill("246810");
  await screenshot(page, "member-3-login-code-sent");
  await page.locator("[data-test=login]").click();

  await page.locator("[data-test=perk]").first().waitFor();
  const buttons = page.locator("[data-test=claim]");
  assert.deepEqual((await buttons.allInnerTexts()).map((t) => t.trim()), ["立即领取", "未开始", "已抢光", "已达上限"]);
  await page.getByText(/距开抢 02:01:/).waitFor();
  await screenshot(page, "member-4-perks");
  await buttons.first().click();
  await page.getByText("领取成功，已放入卡包").waitFor();
  assert.equal((await buttons.first().innerText()).trim(), "已领取");
  await screenshot(page, "member-5-perk-claimed");
  await page.locator(".van-toast").waitFor({ state: "hidden" });

  await page.locator(".van-tabbar-item", { hasText: "卡包" }).click();
  await page.locator("[data-test=voucher]").first().waitFor();
  await screenshot(page, "member-6-wallet");
  await page.locator("[data-test=voucher]").first().click();
  await page.locator("[data-test=voucher-qr] img.qr").waitFor();
  await page.getByText("ABCD EFGH JKLM").waitFor();
  await page.waitForTimeout(400); // popup animation
  await screenshot(page, "member-7-voucher-qr");
  await page.locator(".van-popup__close-icon").click();

  await page.locator(".van-tabbar-item", { hasText: "帮扶" }).click();
  await page.locator("[data-test=funds-empty]").waitFor();
  await screenshot(page, "member-8-funds-empty");

  await page.locator(".van-tabbar-item", { hasText: "我的" }).click();
  await page.locator("[data-test=profile]").getByText("138****8000").waitFor();
  await screenshot(page, "member-9-me");

  await page.locator("[data-test=to-real-name]").click();
  await page.locator("[data-test=name] input").fill("王小明");
  await page.locator("[data-test=id-number] input").fill("110105194912310021");
  await page.getByText("最后一位校验码不正确，请核对号码").waitFor();
  assert.equal(await page.locator("[data-test=verify]").isDisabled(), true);
  await screenshot(page, "member-10-real-name-invalid");
  await page.locator("[data-test=id-number] input").fill("11010519491231002X");
  await page.locator("[data-test=verify]").click();
  await page.locator("[data-test=real-name-result]").getByText("110105********002X").waitFor();
  await screenshot(page, "member-11-real-name-verified");
  assert.deepEqual(browser.errors, []);
});
