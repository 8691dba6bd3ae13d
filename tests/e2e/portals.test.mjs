// The console's portals at 1440x900 against the real API: an enterprise contact logs in and sees only their enterprise's
// sections (receives a distribution and hands it out by a typed voucher code and from the list); a panel lawyer logs in and
// sees only their cases (moves one forward, adds a note); a super_admin opens the yearly report.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, launch, api, baseUrl, creditCode, idNumber, phone, screenshot, unique, uploadRoster, field, consoleTab, consoleLogin, verifiedMember } from "./harness.mjs";

let browser;
let errors = [];

before(async () => {
  browser = await launch({ desktop: true });
  errors = browser.errors;
});
after(async () => {
  await browser?.close();
});




/** The menu entries the signed-in account sees (their data-test names). */
const menuOf = (page) => page.locator("[data-test^=nav-]").evaluateAll((items) => items.map((i) => i.getAttribute("data-test")));

test("enterprise contact: receives a distribution and hands it out by voucher code and from the list, in the console", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `门户区总工会${tag}` } });
  const code = creditCode();
  const enterprise = await api("POST", "/api/v1/admin/enterprises", { token: admin, body: { name: `第五纺织厂${tag}`, creditCode: code, orgId: org.id } });
  const people = [{ name: "林大海", id: idNumber("19800506") }, { name: "何小燕", id: idNumber("19910607") }];
  const roster = await uploadRoster(admin, org.id, ["name,idNumber,enterpriseCreditCode,phone", ...people.map((p) => `${p.name},${p.id},${code},`)].join("\n") + "\n");
  assert.equal(roster.added, 2, JSON.stringify(roster));
  const [scanner, listed] = [await verifiedMember(people[0]), await verifiedMember(people[1])];
  const now = Date.now();
  const perk = await api("POST", "/api/v1/admin/perks", { token: admin, body: {
    kind: "goods", title: `清凉礼包${tag}`, stock: 100, perMemberLimit: 1, startsAt: new Date(now - 3600_000).toISOString(),
    endsAt: new Date(now + 7 * 86400_000).toISOString(), validDays: 30, eligibility: { orgIds: [org.id] },
  } });
  const distribution = await api("POST", "/api/v1/admin/distributions", { token: admin, body: { orgId: org.id, perkId: perk.id, title: `夏送清凉${tag}` } });
  await api("POST", `/api/v1/admin/distributions/${distribution.id}/allocations`, { token: admin, body: { method: "manual", allocations: [{ enterpriseId: enterprise.id, quantity: 2 }] } });
  // the first worker shows the voucher of the perk; the contact types its code
  await api("POST", `/api/v1/perks/${perk.id}/claims`, { token: scanner.token, headers: { "Idempotency-Key": crypto.randomUUID() } });
  const vouchers = await api("GET", "/api/v1/me/vouchers", { token: scanner.token });
  const voucherCode = vouchers.items[0].code;
  const contact = { username: `contact.${tag}`, password: "a long contact password" };
  await api("POST", `/api/v1/admin/enterprises/${enterprise.id}/contacts`, { token: admin, body: contact });

  const page = await consoleTab(browser, errors);
  await consoleLogin(page, contact.username, contact.password, `${contact.username}（企业联络员）`);
  assert.deepEqual(await menuOf(page), ["nav-my-enterprise", "nav-my-allocations", "nav-my-group-buys"], "the contact sees only the enterprise's sections");
  await page.locator("[data-test=my-enterprise]").getByText(enterprise.name).waitFor();
  await page.locator("[data-test=my-bargaining]").getByText("已完成 0/8 步", { exact: false }).waitFor();

  await page.locator("[data-test=nav-my-allocations]").click();
  const row = page.locator("[data-test=my-allocation-table] .el-table__body tr", { hasText: `夏送清凉${tag}` });
  await row.waitFor();
  await row.getByRole("button", { name: `办理 夏送清凉${tag}` }).click();
  const drawer = page.locator("[data-test=allocation-drawer]");
  await field(page, "receipt-quantity").fill("2");
  await drawer.locator("[data-test=receipt-confirm]").click();
  await drawer.getByText("签收 2 份").waitFor();

  await field(page, "handout-code").fill(voucherCode);
  await drawer.locator("[data-test=handout-voucher]").click();
  await drawer.locator("[data-test=handout-table] .el-table__body tr", { hasText: "扫码" }).waitFor();
  await drawer.locator(`[data-test=member-${listed.memberId}]`).click();
  await drawer.locator("[data-test=handout-list]").click();
  await drawer.locator("[data-test=handout-table] .el-table__body tr", { hasText: "名单" }).waitFor();
  await drawer.getByText("本企业的实名职工都已领取。").waitFor();
  await page.waitForTimeout(400);
  await screenshot(page, "portals-1-enterprise-contact");

  // what the API holds: 2 received, 2 handed out, the voucher redeemed by the hand-out
  const contactToken = (await api("POST", "/api/v1/admin/auth/login", { body: contact })).accessToken;
  const mine = await api("GET", "/api/v1/enterprise/allocations", { token: contactToken });
  assert.equal(mine.items[0].received, 2);
  assert.equal(mine.items[0].handedOut, 2);
  const handouts = await api("GET", `/api/v1/enterprise/allocations/${mine.items[0].id}/handouts`, { token: contactToken });
  assert.deepEqual(handouts.items.map((h) => h.method).sort(), ["list", "voucher"]);
  const voucher = (await api("GET", "/api/v1/me/vouchers", { token: scanner.token })).items[0];
  assert.equal(voucher.status, "redeemed");

  // a staff section is not reachable by URL either: the router sends the contact home
  await page.goto("/console/orgs");
  await page.locator("[data-test=my-enterprise]").waitFor();
  assert.deepEqual(errors, []);
});

test("lawyer: sees only their cases and moves one forward in the console", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `律师门户区总工会${tag}` } });
  const person = { name: "冯志强", id: idNumber("19850412") };
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},,\n`);
  const member = await verifiedMember(person);
  const apply = async (employer) => {
    const response = await fetch(`${baseUrl}/api/v1/legal-aid/cases`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${member.token}`, "Idempotency-Key": crypto.randomUUID() },
      body: JSON.stringify({ disputeType: "wage_arrears", employerName: employer, amountAtStakeFen: 860_000, description: "拖欠两个月工资", urgent: false }),
    });
    const text = await response.text();
    assert.equal(response.status, 201, text);
    return JSON.parse(text);
  };
  const lawyer = async (name) => {
    const account = { username: `${name}.${tag}`, password: "a long lawyer password" };
    const user = await api("POST", "/api/v1/admin/users", { token: admin, body: { ...account, role: "lawyer" } });
    const panel = await api("POST", "/api/v1/admin/legal-aid/lawyers", { token: admin, body: {
      staffUserId: user.id, name: "王律师", firm: `公正律师事务所${tag}`, licenceNo: String(Date.now()).slice(-10).padStart(17, String(Math.floor(Math.random() * 9) + 1)), phone: phone(),
    } });
    return { account, panel };
  };
  const mine = await lawyer("lawyer1");
  const other = await lawyer("lawyer2");
  const ours = await apply(`宏达制造有限公司${tag}`);
  const theirs = await apply(`别家公司${tag}`);
  for (const [c, l] of [[ours, mine], [theirs, other]]) {
    await api("POST", `/api/v1/admin/legal-aid/cases/${c.id}/accept`, { token: admin });
    await api("POST", `/api/v1/admin/legal-aid/cases/${c.id}/assignment`, { token: admin, body: { lawyerId: l.panel.id } });
  }

  const page = await consoleTab(browser, errors);
  await consoleLogin(page, mine.account.username, mine.account.password, `${mine.account.username}（律师）`);
  assert.deepEqual(await menuOf(page), ["nav-my-cases"], "the lawyer sees only their cases");
  const row = page.locator("[data-test=lawyer-case-table] .el-table__body tr", { hasText: `宏达制造有限公司${tag}` });
  await row.waitFor();
  assert.equal(await page.locator("[data-test=lawyer-case-table] .el-table__body tr", { hasText: `别家公司${tag}` }).count(), 0,
    "another lawyer's case is not listed");
  await row.getByRole("button", { name: /办理案件/ }).click();
  const drawer = page.locator("[data-test=lawyer-case-drawer]");
  await drawer.locator("[data-test=case-status]").getByText("咨询").waitFor();
  await drawer.locator("[data-test=lawyer-stage]").click();
  const option = page.locator(".lawyer-stage-popper:visible .el-select-dropdown__item", { hasText: "调解" });
  await option.waitFor();
  await option.click();
  await field(page, "lawyer-stage-note").fill("双方同意调解");
  await drawer.locator("[data-test=lawyer-stage-move]").click();
  await drawer.locator("[data-test=case-status]").getByText("调解").waitFor();
  await field(page, "lawyer-note").fill("已与用人单位人事部门沟通");
  await drawer.locator("[data-test=lawyer-note-add]").click();
  await drawer.locator("[data-test=lawyer-notes]").getByText("已与用人单位人事部门沟通", { exact: false }).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), drawer.locator("[data-test=lawyer-letter]").click()]);
  assert.match(download.suggestedFilename(), /^指派函-.*\.pdf$/);
  await page.waitForTimeout(400);
  await screenshot(page, "portals-2-lawyer");

  const lawyerToken = (await api("POST", "/api/v1/admin/auth/login", { body: mine.account })).accessToken;
  const after = await api("GET", `/api/v1/lawyer/legal-aid/cases/${ours.id}?reason=${encodeURIComponent("e2e check")}`, { token: lawyerToken });
  assert.equal(after.status, "mediation");
  assert.equal(after.notes.length, 1);
  const response = await fetch(`${baseUrl}/api/v1/lawyer/legal-aid/cases/${theirs.id}?reason=x`, { headers: { Authorization: `Bearer ${lawyerToken}` } });
  assert.equal(response.status, 404, "another lawyer's case is 404");
  assert.deepEqual(errors, []);
});

test("yearly report: a super_admin opens this year's report, with the CSV and the print button", async () => {
  const page = await consoleTab(browser, errors);
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");
  await page.locator("[data-test=nav-reports]").click();
  await page.locator("[data-test=report]").getByText("年度工会工作统计报表", { exact: false }).waitFor();
  await page.locator("[data-test=report-members]").waitFor();
  await page.locator("[data-test=report-coverage]").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-test=report-csv]").click()]);
  assert.match(download.suggestedFilename(), /^年度报表-\d{4}-.*\.csv$/);
  const { readFile } = await import("node:fs/promises");
  assert.match((await readFile(await download.path())).toString("utf8"), /分类,项目,指标,数值/);
  await screenshot(page, "portals-3-yearly-report");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".aside").isVisible(), false, "the menu is not printed");
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(errors, []);
});
