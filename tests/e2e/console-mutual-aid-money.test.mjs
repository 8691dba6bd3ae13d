// 互助保障 money in the staff console: (1) moving a plan to another mutual-aid fund from the plan's edit dialog, refused with the
// SDK's message while a claim is approved and unpaid, done once it is paid (audited); (2) cancelling a proposed claim payment: the
// claim is back at 已核准 and the fund's figures are as before the proposal, in the console and through the API.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, api, consoleLogin, consoleTab, field, launch, rosterMember, screenshot, unique } from "./harness.mjs";

let desk;
const s = {};
before(async () => { desk = await launch({ desktop: true }); });
after(async () => { await desk?.close(); });

const chinaDate = (days = 0) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** A mutual_aid fund of the organisation; its window is over, as for funds that pay plans only. */
const fund = (name) => api("POST", "/api/v1/admin/funds", { token: s.admin, body: {
  name, kind: "mutual_aid", year: Number(chinaDate().slice(0, 4)), budgetFen: 100_000_000, maxGrantFen: 2_000_000,
  opensAt: "2020-01-01T00:00:00+08:00", closesAt: "2020-01-02T00:00:00+08:00", orgId: s.org.id } });

/** A verified member of the organisation enrolled in the plan, with an approved accident claim of `fen`; the claim. */
async function approvedClaim(fen, name) {
  const member = await rosterMember(s.admin, s.org.id, name);
  const enrolment = await api("POST", "/api/v1/mutual-aid/enrolments", { token: member.token, body: { planId: s.plan.id } });
  const claim = await api("POST", "/api/v1/me/mutual-aid/claims", { token: member.token, body: {
    enrolmentId: enrolment.id, eventType: "accident", eventOn: chinaDate(-1), askedFen: fen, description: "送件途中摔伤右腿" } });
  await api("POST", `/api/v1/admin/mutual-aid/claims/${claim.id}/approve`, { token: s.admin, body: { approvedFen: fen } });
  return claim;
}

/** The claims queue filtered to one status (its Chinese label). */
async function showStatus(page, label) {
  await page.locator("#pane-claims .el-select").first().click();
  await page.locator(".el-popper:visible .el-select-dropdown__item", { hasText: label }).first().click();
}

test("set-up: an organisation, two mutual-aid funds, an open plan paid from the first, and a second staff user to check payments", async () => {
  const tag = unique();
  s.admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  s.org = await api("POST", "/api/v1/admin/orgs", { token: s.admin, body: { name: `快递行业工会${tag}` } });
  s.first = await fund(`互助保障理赔资金（旧）${tag}`);
  s.second = await fund(`互助保障理赔资金（新）${tag}`);
  s.plan = await api("POST", "/api/v1/admin/mutual-aid/plans", { token: s.admin, body: {
    fundId: s.first.id, name: `快递员互助保障${tag}`, coversFrom: chinaDate(-10), coversTo: chinaDate(355), priceFen: 0, paidBy: "union",
    status: "open", orgId: s.org.id, benefits: [{ eventType: "accident", capFen: 2_000_000 }] } });
  const checker = { username: `ma.chk.${tag}`, password: "a long enough checker password" };
  await api("POST", "/api/v1/admin/users", { token: s.admin, body: { ...checker, role: "reviewer" } });
  s.checker = (await api("POST", "/api/v1/admin/auth/login", { body: checker })).accessToken;
});

test("a plan is moved to another mutual-aid fund in the console: refused while a claim is unpaid, done once it is paid", async () => {
  const claim = await approvedClaim(300_000, "刘志强");
  const page = await consoleTab(desk);
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");
  await page.goto("/console/mutual-aid");
  await page.getByRole("tab", { name: "保障计划" }).waitFor();
  await page.getByRole("button", { name: `编辑 ${s.plan.name}` }).click();
  const dialog = page.locator(".el-dialog", { hasText: "编辑保障计划" });
  await dialog.locator("[data-test=plan-fund-name]").getByText(s.first.name).waitFor();

  async function move(reason) {
    if (await dialog.locator("[data-test=plan-fund-move]").isVisible()) await dialog.locator("[data-test=plan-fund-move]").click();
    await dialog.locator(".el-select[data-test=plan-fund-target]").click();
    await page.locator(".el-popper:visible").getByText(s.second.name, { exact: false }).first().click();
    await field(page, "plan-fund-reason").fill(reason);
    await dialog.locator("[data-test=plan-fund-save]").click();
  }

  // an approved claim not yet paid: refused, the SDK's message and the code shown, nothing changed
  await move("改由新年度互助保障资金支付");
  const refusal = dialog.locator("[data-test=plan-fund-error]");
  await refusal.getByText("请先支付或撤销这些支付", { exact: false }).waitFor();
  assert.match(await refusal.innerText(), /mutual_aid\.plan_has_unpaid_claims/);
  await screenshot(page, "console-mutual-aid-fund-1-refused");
  const plans = async () => (await api("GET", "/api/v1/admin/mutual-aid/plans?limit=100", { token: s.admin })).items;
  assert.equal((await plans()).find((p) => p.id === s.plan.id).fundId, s.first.id);

  // paid (maker and checker differ), the move goes through; the dialog and the list name the new fund
  await api("POST", `/api/v1/admin/mutual-aid/claims/${claim.id}/payment`, { token: s.admin });
  await api("POST", `/api/v1/admin/mutual-aid/claims/${claim.id}/payment/confirm`, { token: s.checker });
  await move("改由新年度互助保障资金支付");
  await page.locator(".el-message").getByText("已更换支付基金").waitFor();
  await dialog.locator("[data-test=plan-fund-name]").getByText(s.second.name).waitFor();
  await screenshot(page, "console-mutual-aid-fund-2-moved");
  assert.equal((await plans()).find((p) => p.id === s.plan.id).fundId, s.second.id);
  const audit = (await api("GET", `/api/v1/admin/audit?entity=mutual_aid_plan&entityId=${s.plan.id}`, { token: s.admin })).items
    .filter((a) => a.action === "mutual_aid_plan.fund_change");
  assert.equal(audit.length, 1, JSON.stringify(audit));
  // the paid claim stays on the old fund's ledger
  const first = await api("GET", `/api/v1/admin/funds/${s.first.id}`, { token: s.admin });
  assert.deepEqual([first.grantedFen, first.disbursedFen], [300_000, 300_000]);
  await dialog.getByRole("button", { name: "取消" }).first().click();
  assert.deepEqual(desk.errors, []);
});

test("a proposed claim payment is cancelled in the console: the claim is approved again and the fund's figures are restored", async () => {
  const claim = await approvedClaim(120_000, "陈海燕");
  const fundBefore = await api("GET", `/api/v1/admin/funds/${s.second.id}`, { token: s.admin });
  assert.equal(fundBefore.grantedFen, 120_000, "the approval was booked on the plan's new fund");

  const page = await consoleTab(desk);
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");
  await page.goto("/console/mutual-aid");
  await page.getByRole("tab", { name: "理赔审核" }).click();
  await showStatus(page, "已核准");
  await page.getByRole("button", { name: `提交支付 ${claim.id}` }).click();
  await page.locator(".el-message").getByText("已提交支付", { exact: false }).waitFor();
  const proposed = await api("GET", `/api/v1/admin/mutual-aid/claims/${claim.id}?reason=${encodeURIComponent("支付核对")}`, { token: s.admin });
  assert.equal(proposed.claim.status, "payment_proposed");

  // the list still filters 已核准: show every status to find the proposed claim, then cancel it with a reason
  await showStatus(page, "待确认支付");
  await page.getByRole("button", { name: `撤销支付 ${claim.id}` }).click();
  const box = page.locator(".el-message-box");
  await box.locator("input").fill("收款账号有误，核实后重新提交");
  await screenshot(page, "console-mutual-aid-payment-cancel");
  await box.getByRole("button", { name: /OK|确定|确认/ }).click();
  await page.locator(".el-message").getByText("已撤销支付").waitFor();

  // back at 已核准 in the console, with 提交支付 offered again
  await showStatus(page, "已核准");
  await page.getByRole("button", { name: `提交支付 ${claim.id}` }).waitFor();

  const after = await api("GET", `/api/v1/admin/mutual-aid/claims/${claim.id}?reason=${encodeURIComponent("支付核对")}`, { token: s.admin });
  assert.equal(after.claim.status, "approved");
  assert.equal(after.claim.approvedFen, 120_000);
  const fundAfter = await api("GET", `/api/v1/admin/funds/${s.second.id}`, { token: s.admin });
  assert.deepEqual([fundAfter.grantedFen, fundAfter.disbursedFen, fundAfter.remainingFen],
    [fundBefore.grantedFen, fundBefore.disbursedFen, fundBefore.remainingFen], "the fund's figures are as before the proposal");
  // proposed again, it can be paid in full: the cancelled proposal left nothing committed
  await api("POST", `/api/v1/admin/mutual-aid/claims/${claim.id}/payment`, { token: s.admin });
  await api("POST", `/api/v1/admin/mutual-aid/claims/${claim.id}/payment/confirm`, { token: s.checker });
  assert.equal((await api("GET", `/api/v1/admin/funds/${s.second.id}`, { token: s.admin })).disbursedFen, fundBefore.disbursedFen + 120_000);
  assert.deepEqual(desk.errors, []);
});
