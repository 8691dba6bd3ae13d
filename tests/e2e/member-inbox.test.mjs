// The member H5 inbox against the real API: a member's relief-fund application is approved and paid (every staff step
// through the admin API), and the member sees the payment in the inbox; the "我的" tab's badge counts it and clears
// when the notice is opened.
// (README's inbox screen: docs/screenshots/member-inbox.png is a copy of screenshots/member-inbox.png.)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  accessibilityViolations, adminPassword, api, idNumber, launch, phone, screenshot, smsLogin, unique, uploadRoster,
} from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a member whose fund application is paid sees it in the inbox, with a badge that clears when it is read", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `消息区总工会${tag}` } });
  const person = { name: "刘春燕", id: idNumber("19780512") };
  const roster = await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},,\n`);
  assert.equal(roster.added, 1, JSON.stringify(roster));

  // the member logs in on the phone (SMS); their real name and application go through the API with the app's token
  const mobile = phone();
  const page = await browser.newPage();
  await page.goto("/login");
  await page.evaluate(() => localStorage.clear());
  await smsLogin(page, mobile);
  const member = JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken;
  await api("POST", "/api/v1/me/real-name", { token: member, body: { name: person.name, idNumber: person.id } });

  // apply, then the fund office decides at a review meeting; the member reads the decision
  const fund = await api("POST", "/api/v1/admin/funds", {
    token: admin, body: { name: `大病救助${tag}`, kind: "hardship", year: 2026, budgetFen: 10_000_000, maxGrantFen: 500_000 },
  });
  const application = await api("POST", "/api/v1/fund-applications", {
    token: member, body: { fundId: fund.id, category: "major_illness", requestedFen: 300_000, reason: "本人住院手术，医疗费用负担重", contactPhone: mobile },
  });
  await api("POST", "/api/v1/admin/review-meetings", {
    token: admin, body: {
      fundId: fund.id, heldAt: new Date().toISOString(), minutes: "帮扶评审会，5 名委员出席",
      decisions: [{ applicationId: application.id, decision: "approve", grantedFen: 250_000, note: "符合条件" }],
    },
  });
  assert.equal((await api("POST", "/api/v1/me/notifications/read-all", { token: member })).unreadCount, 0);

  // paid: proposed by one staff member, confirmed by another
  const second = { username: `pay.${tag}`, password: "a long second reviewer password" };
  await api("POST", "/api/v1/admin/users", { token: admin, body: { ...second, role: "reviewer" } });
  const reviewer = (await api("POST", "/api/v1/admin/auth/login", { body: second })).accessToken;
  const proposal = await api("POST", `/api/v1/admin/fund-applications/${application.id}/disbursements`, {
    token: admin, body: { amountFen: 250_000, reference: `BANK-${tag}` },
  });
  await api("POST", `/api/v1/admin/disbursements/${proposal.id}/confirm`, { token: reviewer });

  await page.goto("/perks"); // back to the app after the staff steps
  const meTab = page.locator("[data-test=tab-me]");
  await meTab.locator(".van-badge").getByText("1", { exact: true }).waitFor();

  await meTab.click();
  await page.locator("[data-test=me-unread]").getByText("1", { exact: true }).waitFor();
  await page.locator("[data-test=to-inbox]").click();
  await page.waitForURL((url) => url.pathname === "/me/inbox");
  const paid = page.locator("[data-test=notice]").filter({ hasText: "帮扶资金已发放" });
  await paid.getByText("已向您发放帮扶资金 2500.00 元，已全部发放。").waitFor();
  assert.match(await paid.getAttribute("class"), /unread/);
  const decided = page.locator("[data-test=notice]").filter({ hasText: "帮扶申请已批准" });
  assert.doesNotMatch(await decided.getAttribute("class"), /unread/, "the decision was read before");
  await screenshot(page, "member-inbox");
  assert.deepEqual(await accessibilityViolations(page, "/me/inbox"), [], "no serious or critical axe finding on the inbox");

  await paid.click();
  const dialog = page.locator(".van-dialog");
  await dialog.getByText("已向您发放帮扶资金 2500.00 元", { exact: false }).waitFor();
  await screenshot(page, "member-inbox-open");
  await dialog.getByText("关闭").click();
  await page.waitForFunction(() => !document.querySelector("[data-test=notice].unread"));
  assert.equal((await api("GET", "/api/v1/me/notifications", { token: member })).unreadCount, 0, "read on the server");

  await page.goto("/me");
  await page.locator("[data-test=profile]").waitFor();
  assert.equal(await page.locator("[data-test=me-unread]").count(), 0);
  assert.equal(await meTab.locator(".van-badge").count(), 0, "the badge is gone");

  // the settings page: important kinds cannot be turned off
  await page.locator("[data-test=to-notification-settings]").click();
  await page.locator("[data-test='kind-fund.paid']").getByText("重要通知", { exact: false }).waitFor();
  await screenshot(page, "member-notification-settings");
  assert.deepEqual(await accessibilityViolations(page, "/me/notification-settings"), []);
  assert.deepEqual(browser.errors, []);
});
