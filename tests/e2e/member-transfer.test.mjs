// A member asks to move to another grassroots union (issue #17 item 2) against the real API: on the phone (我的 → 申请转会)
// the member finds the union of the district they moved to and gives the reason; that district's org_admin approves in the
// console (转会申请, 1440x900); the member's "我的" page shows the new union and the notice is in the inbox.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  accessibilityViolations, adminPassword, api, consoleLogin, creditCode, field, idNumber, launch, phone, screenshot, smsLogin, unique, uploadRoster,
} from "./harness.mjs";

let phoneBrowser;
let desk;
before(async () => {
  phoneBrowser = await launch();
  desk = await launch({ desktop: true });
});
after(async () => {
  await phoneBrowser?.close();
  await desk?.close();
});

test("a member asks to transfer on the phone and the target district's org_admin approves in the console", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const city = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `转会市总工会${tag}` } });
  const districtA = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `甲区${tag}总工会`, parentId: city.id } });
  const from = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `甲厂工会${tag}`, parentId: districtA.id } });
  const districtB = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `乙区${tag}总工会`, parentId: city.id } });
  await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `乙厂工会${tag}`, parentId: districtB.id } });
  const credit = creditCode();
  await api("POST", "/api/v1/admin/enterprises", { token: admin, body: { name: `甲厂${tag}`, creditCode: credit, orgId: from.id } });
  const person = { name: "钱立新", id: idNumber("19880312"), mobile: phone() };
  await uploadRoster(admin, from.id, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},${credit},${person.mobile}\n`);
  const staff = { username: `transfer.${tag}`, password: "a long district admin password" };
  await api("POST", "/api/v1/admin/users", { token: admin, body: { ...staff, role: "org_admin", orgId: districtB.id } });

  // --- the member: verified in 甲厂, asks to move to 乙厂
  const page = await phoneBrowser.newPage();
  await page.goto("/login");
  await page.evaluate(() => localStorage.clear());
  await smsLogin(page, person.mobile);
  const member = JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken;
  await api("POST", "/api/v1/me/real-name", { token: member, body: { name: person.name, idNumber: person.id } });
  await page.goto("/me");
  await page.locator("[data-test=to-transfer]").click();
  await page.waitForURL((url) => url.pathname === "/me/transfer");
  await page.getByText(`当前所属：甲厂工会${tag}`, { exact: false }).waitFor();
  await page.locator("[data-test=transfer-submit]").click();
  await page.getByText("请选择要转入的基层工会").waitFor();
  await field(page, "transfer-org-search").fill(`乙区${tag}`);
  const choice = page.locator("[data-test=transfer-orgs] .van-cell").filter({ hasText: `乙厂工会${tag}` });
  await choice.getByText(`转会市总工会${tag} / 乙区${tag}总工会`).waitFor();
  await choice.click();
  await field(page, "transfer-reason").fill("搬家到乙区，就近参加工会活动");
  await screenshot(page, "member-transfer-1-form");
  await page.locator("[data-test=transfer-submit]").click();
  const status = page.locator("[data-test=transfer-status]");
  await status.getByText("转会申请审核中").waitFor();
  await status.getByText(`乙厂工会${tag}`).waitFor();
  await page.waitForFunction(() => ![...document.querySelectorAll(".van-popup")].some((e) => getComputedStyle(e).display !== "none"));
  await screenshot(page, "member-transfer-2-pending");
  assert.deepEqual(await accessibilityViolations(page, "/me/transfer"), [], "no serious or critical axe finding on the transfer page");

  // --- the target district's org_admin approves in the console
  const console = await desk.newPage();
  await consoleLogin(console, staff.username, staff.password);
  await console.locator("[data-test=nav-membership-transfer-requests]").click();
  const row = console.locator("[data-test=membership-transfer-requests] .el-table__row").filter({ hasText: `乙厂工会${tag}` });
  await row.getByText("钱*新").waitFor();
  await row.getByText(`甲厂工会${tag}`).waitFor();
  await row.getByText("搬家到乙区", { exact: false }).waitFor();
  await screenshot(console, "member-transfer-3-console");
  await row.locator("[data-test=approve]").click();
  await console.locator(".el-message").getByText("已批准转会").waitFor();
  await screenshot(console, "member-transfer-4-approved");

  // --- the member now belongs to 乙厂; the notice is in the inbox; the request shows approved
  await page.goto("/me");
  await page.getByText(`乙厂工会${tag}`).waitFor();
  await screenshot(page, "member-transfer-5-moved");
  const inbox = await api("GET", "/api/v1/me/notifications", { token: member });
  assert.ok(inbox.items.some((n) => n.title === "会员关系已转移"), JSON.stringify(inbox.items));
  await page.goto("/me/transfer");
  await page.locator("[data-test=transfer-status]").getByText("转会申请已批准").waitFor();
  assert.deepEqual(phoneBrowser.errors, []);
  assert.deepEqual(desk.errors, []);
});
