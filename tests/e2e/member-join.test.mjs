// Joining online (issue #17 item 1) against the real API: a worker whom no roster lists tries real-name verification on
// the phone, is offered the join form, finds the grassroots union of their district, applies as a platform worker; the
// district's org_admin approves in the console (1440x900); the worker's "我的" page shows the union and the member card.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { accessibilityViolations, adminPassword, api, idNumber, launch, phone, screenshot, smsLogin, unique, field, consoleLogin } from "./harness.mjs";

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


test("a worker no roster lists joins online on the phone and the district's org_admin approves in the console", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const city = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `入会市总工会${tag}` } });
  const district = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `入会区${tag}总工会`, parentId: city.id } });
  const grassroots = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `骑手工会联合会${tag}`, parentId: district.id } });
  const staff = { username: `join.${tag}`, password: "a long district admin password" };
  await api("POST", "/api/v1/admin/users", { token: admin, body: { ...staff, role: "org_admin", orgId: district.id } });
  const person = { name: "孙立军", id: idNumber("19920815"), mobile: phone() };

  // --- the worker: real-name finds no roster row, the join form is offered
  const page = await phoneBrowser.newPage();
  await page.goto("/login");
  await page.evaluate(() => localStorage.clear());
  await smsLogin(page, person.mobile);
  await page.goto("/me/real-name");
  await field(page, "name").fill(person.name);
  await field(page, "id-number").fill(person.id);
  await page.locator("[data-test=verify]").click();
  await page.locator("[data-test=not-in-roster] [data-test=to-join]").click();
  await page.waitForURL((url) => url.pathname === "/join");

  await field(page, "join-name").fill(person.name);
  await field(page, "join-id-number").fill(person.id);
  await field(page, "join-phone").fill(person.mobile);
  await page.locator("[data-test=join-employment]").getByText("新就业形态", { exact: false }).click();
  await field(page, "join-platform").fill("美团");
  await field(page, "join-org-search").fill(`入会区${tag}`);
  const choice = page.locator("[data-test=join-orgs] .van-cell").filter({ hasText: `骑手工会联合会${tag}` });
  await choice.waitFor();
  await choice.getByText(`入会市总工会${tag} / 入会区${tag}总工会`).waitFor(); // the area under the name
  await choice.click();
  await screenshot(page, "member-join-1-form");
  await page.locator("[data-test=join-submit]").click();
  const status = page.locator("[data-test=join-status]");
  await status.getByText("入会申请审核中").waitFor();
  await status.getByText(`骑手工会联合会${tag}`).waitFor();
  // the "已提交" toast and the earlier notice are gone: the page at rest is what axe checks
  await page.waitForFunction(() => ![...document.querySelectorAll(".van-popup")].some((e) => getComputedStyle(e).display !== "none"));
  await screenshot(page, "member-join-2-pending");
  assert.deepEqual(await accessibilityViolations(page, "/join"), [], "no serious or critical axe finding on the join page");
  const text = await page.locator("body").innerText();
  assert.ok(!text.includes(person.id), "the ID number is shown masked");

  // --- the district's org_admin approves in the console
  const console = await desk.newPage();
  await consoleLogin(console, staff.username, staff.password);
  await console.locator("[data-test=nav-membership-applications]").click();
  const row = console.locator("[data-test=membership-applications] .el-table__row").filter({ hasText: `骑手工会联合会${tag}` });
  await row.getByText("孙*军").waitFor();
  await row.getByText("新就业形态").waitFor();
  await screenshot(console, "member-join-3-console");
  await row.locator("[data-test=approve]").click();
  await console.locator(".el-message").getByText("已批准入会").waitFor();
  await console.locator("[data-test=status-filter]").click();
  await console.locator(".el-popper:visible").getByText("全部", { exact: true }).click();
  await console.locator("[data-test=membership-applications] .el-table__row").filter({ hasText: `骑手工会联合会${tag}` }).getByText("已批准").waitFor();
  await screenshot(console, "member-join-4-approved");

  // --- the worker is a member: "我的" shows the union and the card; the notice is in the inbox
  await page.goto("/me");
  await page.locator("[data-test=profile]").getByText("已实名").waitFor();
  await page.getByText(`骑手工会联合会${tag}`).waitFor();
  assert.match(await page.locator("body").innerText(), /UH\d{16}/, "the member card number");
  await screenshot(page, "member-join-5-member");
  const member = JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken;
  const inbox = await api("GET", "/api/v1/me/notifications", { token: member });
  assert.ok(inbox.items.some((n) => n.title === "入会申请已批准"), JSON.stringify(inbox.items));
  assert.deepEqual(phoneBrowser.errors, []);
  assert.deepEqual(desk.errors, []);
});
