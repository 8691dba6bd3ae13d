// 调整预算: staff raise or lower a fund's yearly budget from the console's fund page. A cut below what is already granted
// (less donations) is refused with the minimum shown; a raise is saved, audited, and the list shows the new figure. A published grant
// lottery's promise is shown beside the grants (抽签已承诺): no other grant may spend it (ADR 0018, 2026-12-04 evening); the review
// meeting screen shows what the promise leaves, and an approval over it is refused there with fund.promised_to_lottery.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, api, consoleChoose, consoleLogin, field, idNumber, launch, phone, screenshot, unique, uploadRoster, verifiedMember } from "./harness.mjs";

let desk;
before(async () => { desk = await launch({ desktop: true }); });
after(async () => { await desk?.close(); });

test("a fund's budget is changed in the console: a cut below the grants is refused, a raise shows the new figure", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `预算调整工会${tag}` } });
  const person = { name: "孙立新", id: idNumber("19760412") };
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},,\n`);
  const member = await verifiedMember(person);
  const fund = await api("POST", "/api/v1/admin/funds", { token: admin, body: {
    name: `困难帮扶资金${tag}`, kind: "hardship", year: 2026, budgetFen: 1_000_000, maxGrantFen: 300_000 } });
  const application = await api("POST", "/api/v1/fund-applications", { token: member.token, body: {
    fundId: fund.id, category: "major_illness", requestedFen: 300_000, reason: "本人住院手术，医疗费用负担重", contactPhone: member.mobile } });
  await api("POST", "/api/v1/admin/review-meetings", { token: admin, body: {
    fundId: fund.id, heldAt: new Date().toISOString(), minutes: "帮扶评审会，5 名委员出席",
    decisions: [{ applicationId: application.id, decision: "approve", grantedFen: 250_000, note: "符合条件" }] } });

  const page = await desk.newPage();
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");
  await page.goto("/console/funds");
  await page.getByRole("heading", { name: "帮扶资金" }).waitFor();
  const row = page.locator(".el-table__row", { hasText: fund.name });
  await row.getByText("预算 ¥10000.00", { exact: false }).waitFor();

  // a cut below the ¥2500 granted: refused, the minimum and the problem's message shown, nothing changed
  await row.locator(`[data-test=fund-budget-edit-${fund.id}]`).click();
  const dialog = page.locator(".el-dialog", { hasText: "调整预算" });
  await field(page, "fund-budget-amount").fill("2000");
  await field(page, "fund-budget-reason").fill("年中预算调减");
  await page.locator("[data-test=fund-budget-save]").click();
  const refusal = dialog.locator("[data-test=fund-budget-error]");
  await refusal.getByText("¥2500.00", { exact: false }).waitFor();
  assert.match(await refusal.innerText(), /fund\.budget_below_granted/);
  await screenshot(page, "console-fund-budget-1-refused");
  assert.equal((await api("GET", `/api/v1/admin/funds/${fund.id}`, { token: admin })).budgetFen, 1_000_000);

  // a raise: saved, and the list shows the new budget
  await field(page, "fund-budget-amount").fill("12000");
  await field(page, "fund-budget-reason").fill("市总工会追加专项资金");
  await page.locator("[data-test=fund-budget-save]").click();
  await row.getByText("预算 ¥12000.00", { exact: false }).waitFor();
  await screenshot(page, "console-fund-budget-2-raised");

  // a published grant lottery promises 9 x ¥1000 of it: the list shows the promise beside the grants
  const now = Date.now();
  const lottery = await api("POST", "/api/v1/admin/lotteries", { token: admin, headers: { "Idempotency-Key": unique() }, body: {
    title: `学历提升补助抽签 ${tag}`, fundId: fund.id, grantFen: 100_000, orgId: org.id, places: 9,
    opensAt: new Date(now).toISOString(), closesAt: new Date(now + 3_600_000).toISOString() } });
  await api("POST", `/api/v1/admin/lotteries/${lottery.id}/open`, { token: admin });
  await page.reload();
  await row.locator("[data-test=fund-promised]").getByText("抽签已承诺 ¥9000.00", { exact: false }).waitFor();

  const after = await api("GET", `/api/v1/admin/funds/${fund.id}`, { token: admin });
  assert.equal(after.budgetFen, 1_200_000);
  assert.equal(after.grantedFen, 250_000);
  assert.equal(after.remainingFen, 950_000);
  assert.equal(after.promisedFen, 900_000);

  // the review meeting screen shows what the promise leaves (¥500 of the ¥9500), and approving ¥1000 there is refused with
  // the promise's message and code; the application stays submitted and nothing is granted
  const second = { name: "周海燕", id: idNumber("19810923") };
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n${second.name},${second.id},,\n`);
  const secondMember = await verifiedMember(second);
  const secondApplication = await api("POST", "/api/v1/fund-applications", { token: secondMember.token, body: {
    fundId: fund.id, category: "major_illness", requestedFen: 100_000, reason: "家人重病住院，开支大", contactPhone: secondMember.mobile } });
  await page.goto("/console/meetings");
  await page.getByRole("heading", { name: "评审会议" }).waitFor();
  await consoleChoose(page, "meeting-fund", fund.name);
  const figures = page.locator("[data-test=meeting-fund-figures]");
  await figures.getByText("其中抽签已承诺 ¥9000.00，可核定 ¥500.00", { exact: false }).waitFor();
  const decision = page.locator(".el-table__row", { hasText: secondApplication.id });
  await decision.locator(".el-radio-button", { hasText: /^批准$/ }).click();
  await page.getByPlaceholder("会议纪要").fill("帮扶评审会，5 名委员出席");
  await page.locator("[data-test=meeting-record]").click();
  const meetingError = page.locator("[data-test=meeting-error]");
  await meetingError.getByText("承诺给报名会员", { exact: false }).waitFor();
  assert.match(await meetingError.innerText(), /fund\.promised_to_lottery/);
  await screenshot(page, "console-fund-budget-3-meeting-promised");
  assert.equal((await api("GET", `/api/v1/me/fund-applications/${secondApplication.id}`, { token: secondMember.token })).status, "submitted");
  assert.equal((await api("GET", `/api/v1/admin/funds/${fund.id}`, { token: admin })).grantedFen, 250_000);
  const audit = (await api("GET", `/api/v1/admin/audit?entity=fund&entityId=${fund.id}`, { token: admin })).items
    .filter((a) => a.action === "fund.budget_change");
  assert.equal(audit.length, 1, JSON.stringify(audit));
  assert.deepEqual(desk.errors, []);
});
