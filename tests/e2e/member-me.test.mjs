// "我的" against the real API: a member changes their phone (SMS code to the new number), downloads their data, and
// deletes their account (consequences spelled out, a typed confirmation), after which the API refuses the old tokens.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  adminPassword, api, baseUrl, creditCode, idNumber, launch, phone, screenshot, smsLogin, unique, uploadRoster,
} from "./harness.mjs";

let browser;
const s = {};
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const masked = (mobile) => `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
const tokensOf = async (page) => JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens")));

test("set-up: a verified member on a roster", async () => {
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `市总工会 ${unique()}` } });
  const credit = creditCode();
  await api("POST", "/api/v1/admin/enterprises", { token: admin, body: { name: `第五钢铁厂 ${unique()}`, creditCode: credit, orgId: org.id } });
  s.id = idNumber("19700521");
  s.mobile = phone();
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n赵建华,${s.id},${credit},${s.mobile}\n`);
  const page = s.page = await browser.newPage();
  await smsLogin(page, s.mobile);
  s.tokens = await tokensOf(page);
  await api("POST", "/api/v1/me/real-name", { token: s.tokens.accessToken, body: { name: "赵建华", idNumber: s.id } });
  s.memberId = (await api("GET", "/api/v1/me", { token: s.tokens.accessToken })).id;
});

test("the member changes their phone with a code sent to the new number", async () => {
  const page = s.page;
  await page.goto("/me");
  await page.locator("[data-test=to-change-phone]").getByText(masked(s.mobile)).waitFor();
  await page.locator("[data-test=to-change-phone]").click();
  await page.waitForURL((url) => url.pathname === "/me/phone");
  await page.locator("[data-test=current-phone]").getByText(masked(s.mobile)).waitFor();

  s.newMobile = phone();
  await page.locator("[data-test=new-phone] input").fill("1380013");
  await page.locator("[data-test=send-code]").click();
  await page.getByText("请输入 11 位手机号").waitFor();
  await page.locator("[data-test=new-phone] input").fill(s.newMobile);
  await page.locator("[data-test=send-code]").click();
  const code = (await page.locator("[data-test=dev-code]").innerText()).match(/\d{4,8}/)?.[0];
  assert.ok(code, "the Development outbox shows the code sent to the new phone");
  await page.locator("[data-test=code] input").fill(code);
  await page.locator(".van-toast").waitFor({ state: "hidden" });
  await screenshot(page, "me-1-change-phone");
  await page.locator("[data-test=change-phone]").click();

  await page.waitForURL((url) => url.pathname === "/me");
  await page.locator("[data-test=profile]").getByText(masked(s.newMobile)).waitFor();
  const me = await api("GET", "/api/v1/me", { token: s.tokens.accessToken });
  assert.equal(me.phoneMasked, masked(s.newMobile));
  assert.equal(me.id, s.memberId, "the same account");
  await screenshot(page, "me-2-phone-changed");
  assert.deepEqual(browser.errors, []);
});

test("the member downloads their data: a JSON file with their own account", async () => {
  const page = s.page;
  await page.goto("/me");
  await page.locator("[data-test=export]").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-test=export]").click()]);
  assert.match(download.suggestedFilename(), /^我的数据-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.equal(data.format, "unionhub.member-export.v1");
  assert.equal(data.account.id, s.memberId);
  assert.equal(data.account.phoneMasked, masked(s.newMobile));
  assert.equal(data.realName.status, "verified");
  assert.equal(data.realName.nameMasked, "赵*华");
  assert.equal(data.realName.idNumberMasked, `${s.id.slice(0, 6)}********${s.id.slice(14)}`);
  assert.ok(!JSON.stringify(data).includes(s.id), "the full ID number is not in the export");
  await screenshot(page, "me-3-export");
  assert.deepEqual(browser.errors, []);
});

test("the member deletes their account after typing the phrase; back at login, the API refuses the old tokens", async () => {
  const page = s.page;
  await page.goto("/me");
  await page.locator("[data-test=to-delete-account]").click();
  await page.waitForURL((url) => url.pathname === "/me/delete");
  const consequences = page.locator("[data-test=consequences]");
  await consequences.getByText("无法恢复").waitFor();
  await consequences.getByText("财务和审计记录按规定保留").waitFor();
  const button = page.locator("[data-test=delete-account]");
  assert.equal(await button.isDisabled(), true, "nothing typed yet");
  await page.locator("[data-test=confirm-phrase] input").fill("注销");
  assert.equal(await button.isDisabled(), true, "a wrong phrase");
  await page.locator("[data-test=confirm-phrase] input").fill("确认注销");
  assert.equal(await button.isDisabled(), false);
  await screenshot(page, "me-4-delete-account");
  await button.click();

  await page.waitForURL((url) => url.pathname === "/login");
  await page.locator("[data-test=send-code]").waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens")), null, "signed out on this device");
  await screenshot(page, "me-5-deleted-login");

  const me = await fetch(`${baseUrl}/api/v1/me`, { headers: { Authorization: `Bearer ${s.tokens.accessToken}` } });
  assert.ok([401, 404, 410].includes(me.status), `GET /me with the old access token: ${me.status}`);
  const refresh = await fetch(`${baseUrl}/api/v1/auth/refresh`, { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ refreshToken: s.tokens.refreshToken }) });
  assert.equal(refresh.status, 401, "the old refresh token is refused");
  const exported = await fetch(`${baseUrl}/api/v1/me/export`, { headers: { Authorization: `Bearer ${s.tokens.accessToken}` } });
  assert.ok([401, 404, 410].includes(exported.status), `GET /me/export with the old access token: ${exported.status}`);
  assert.deepEqual(browser.errors, []);
});
