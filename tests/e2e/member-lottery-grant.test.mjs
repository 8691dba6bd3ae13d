// A grant lottery won in the member app, against the real API: staff publish a lottery whose prize is a 500 yuan grant from a
// relief fund; a member applies from 我的 → 福利抽签; after the window closes staff draw; the member sees 中签 with the grant's
// amount, follows it to the approved application (marked 抽签中签) and finds it under 帮扶 → 我的申请. The API agrees at each step:
// the member's application won, the fund application is approved for the grant, and the fund's granted total moved by it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { accessibilityViolations, adminPassword, api, idNumber, launch, screenshot, smsLogin, openLotteryFromMe, unique, uploadRoster } from "./harness.mjs";

const windowMs = 40_000;
const grantFen = 50_000;
let phone;
const s = {};
before(async () => { phone = await launch(); });
after(async () => { await phone?.close(); });

test("set-up: a verified member and a published grant lottery of one place on a relief fund", async () => {
  const admin = s.admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const tag = unique();
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `补助抽签区总工会 ${tag}` } });
  const person = { name: "郑丽娟", id: idNumber("19861105") };
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},,\n`);
  const mobile = `136${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  const page = s.page = await phone.newPage();
  await smsLogin(page, mobile);
  s.token = JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken;
  await api("POST", "/api/v1/me/real-name", { token: s.token, body: { name: person.name, idNumber: person.id } });

  s.fund = await api("POST", "/api/v1/admin/funds", { token: admin, body: {
    name: `学历提升补助资金${tag}`, kind: "hardship", year: 2026, budgetFen: 1_000_000, maxGrantFen: 100_000 } });
  const now = Date.now();
  s.title = `学历提升补助抽签 ${tag}`;
  s.closesAt = now + windowMs;
  s.lottery = await api("POST", "/api/v1/admin/lotteries", { token: admin, headers: { "Idempotency-Key": unique() }, body: {
    title: s.title, description: "名额有限，抽签决定", fundId: s.fund.id, grantFen, orgId: org.id, places: 1,
    opensAt: new Date(now).toISOString(), closesAt: new Date(s.closesAt).toISOString() } });
  assert.equal(s.lottery.prizeKind, "fund_grant");
  assert.equal(s.lottery.blockedBy, null);
  await api("POST", `/api/v1/admin/lotteries/${s.lottery.id}/open`, { token: admin });
});

test("the member applies to the grant lottery from 我的 → 福利抽签", async () => {
  const page = s.page;
  await openLotteryFromMe(page, s.title, s.lottery.id);
  await page.locator("[data-test=lottery-summary]").getByText("补助 500.00 元").waitFor(); // the prize is the grant, with its amount
  await page.locator("[data-test=apply]").click();
  await page.locator("[data-test=my-result]").getByText("已报名，待开奖").waitFor();
  await page.locator(".van-toast").waitFor({ state: "hidden" });

  const mine = await api("GET", `/api/v1/lotteries/${s.lottery.id}`, { token: s.token });
  assert.equal(mine.myApplication.result, "pending");
  assert.equal(mine.prizeKind, "fund_grant");
  assert.equal(mine.grantFen, grantFen);
});

test("after the draw the member sees the win, its grant and the approved application in 我的申请", async () => {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, s.closesAt - Date.now() + 1000)));
  const record = await api("POST", `/api/v1/admin/lotteries/${s.lottery.id}/draw`, { token: s.admin, body: {} });
  assert.equal(record.winners.length, 1);

  // the API: the member won, and the prize is an approved application of the fund for the grant, booked on its ledger
  const mine = await api("GET", `/api/v1/lotteries/${s.lottery.id}`, { token: s.token });
  assert.equal(mine.myApplication.result, "won");
  assert.equal(mine.myApplication.voucherId, null);
  const applicationId = mine.myApplication.fundApplicationId;
  assert.ok(applicationId, "the win names the fund application");
  const application = await api("GET", `/api/v1/me/fund-applications/${applicationId}`, { token: s.token });
  assert.equal(application.status, "approved");
  assert.equal(application.grantedFen, grantFen);
  assert.equal(application.fundId, s.fund.id);
  assert.equal(application.lotteryId, s.lottery.id);
  const listed = (await api("GET", "/api/v1/me/fund-applications", { token: s.token })).items;
  assert.deepEqual(listed.map((a) => a.id), [applicationId]);
  const fund = await api("GET", `/api/v1/admin/funds/${s.fund.id}`, { token: s.admin });
  assert.equal(fund.grantedFen, grantFen);

  // the app: 中签, the grant's amount, on to the application
  const page = s.page;
  await page.reload();
  await page.locator("[data-test=my-result]").getByText("中签").waitFor();
  await page.locator("[data-test=to-fund-application]").getByText("补助 ¥500.00 已核准").waitFor();
  assert.equal(await page.locator("[data-test=to-wallet]").count(), 0, "a grant is not a voucher");
  await screenshot(page, "lottery-grant-1-won");
  assert.deepEqual(await accessibilityViolations(page, "grant lottery won"), []);

  await page.locator("[data-test=to-fund-application]").click();
  await page.waitForURL((url) => url.pathname === `/fund-applications/${applicationId}`);
  await page.locator("[data-test=application-status]").getByText("已批准").waitFor();
  await page.locator("[data-test=application-lottery]").getByText("抽签中签").waitFor();
  await page.locator("[data-test=application-summary]").getByText("¥500.00").first().waitFor();
  await page.locator("[data-test=application-summary]").getByText("抽签补助").waitFor(); // the category in words, not lottery_grant
  await page.locator("[data-test=timeline-step]").getByText("抽签中签，核定 ¥500.00").waitFor();
  await screenshot(page, "lottery-grant-2-application");
  assert.deepEqual(await accessibilityViolations(page, "grant lottery application"), []);

  await page.goto("/funds?tab=mine");
  const card = page.locator("[data-test=application]", { hasText: s.fund.name });
  await card.locator("[data-test=application-lottery]").getByText("抽签中签").waitFor();
  await card.getByText("抽签补助 · 申请 ¥500.00 · 核定 ¥500.00").waitFor();
  await screenshot(page, "lottery-grant-3-my-applications");
});
