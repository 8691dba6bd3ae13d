// The staff console's casework sections at 1440x900 against the real API: the hardship register (a household with a
// case-file document), a round with tier standards and a needs survey, a declaration taken through grassroots review
// by one staff user and district review (the public notice starts) by a city union admin.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, launch, api, baseUrl, creditCode, idNumber, pdfDocument, phone, screenshot, unique, uploadRoster, field, consoleTab, consoleLogin, verifiedMember } from "./harness.mjs";

let browser;
let errors = [];

// a desktop browser of its own (the phone one is for the member and merchant tests)
before(async () => {
  browser = await launch({ desktop: true });
  errors = browser.errors;
});
after(async () => {
  await browser?.close();
});




test("hardship aid: register a household, open a round, and take a declaration through grassroots and district review", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  // a city union with a grassroots union below it; the member is on the grassroots union's roster
  const city = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `帮扶市总工会${tag}` } });
  const grassroots = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `机床厂工会${tag}`, parentId: city.id } });
  const person = { name: "周建国", id: idNumber("19700815") };
  const roster = await uploadRoster(admin, grassroots.id, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},,\n`);
  assert.equal(roster.added, 1, JSON.stringify(roster));
  const member = await verifiedMember(person);
  const fund = await api("POST", "/api/v1/admin/funds", {
    token: admin, body: { name: `春节送温暖${tag}`, kind: "warmth", year: 2026, budgetFen: 10_000_000, maxGrantFen: 500_000 },
  });
  // the district-level reviewer: an admin of the city union (strictly above the member's union), not the grassroots reviewer
  const cityAdmin = { username: `city.${tag}`, password: "a long city admin password" };
  await api("POST", "/api/v1/admin/users", { token: admin, body: { ...cityAdmin, role: "org_admin", orgId: city.id } });

  const page = await consoleTab(browser, errors);
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");

  // --- the register: a household with its tier, then a PDF in the case file
  await page.locator("[data-test=nav-hardship-households]").click();
  await page.locator("[data-test=household-new]").click();
  await field(page, "household-member").fill(member.memberId);
  await page.locator("[data-test=household-tier]").getByText("深度困难").click();
  await page.locator("[data-test=household-save]").click();
  const household = page.locator("[data-test=household-table] .el-table__body tr")
    .filter({ has: page.locator("td:nth-child(3)").getByText(member.memberId, { exact: true }) });
  await household.waitFor();
  assert.match(await household.innerText(), /周\*国|周\*\*|\*建国|周/);
  assert.match(await household.innerText(), /深度困难/);
  // registering the same member again is refused with its code
  await page.locator("[data-test=household-new]").click();
  await field(page, "household-member").fill(member.memberId);
  await page.locator("[data-test=household-save]").click();
  await page.locator("[data-test=household-dialog] [data-test=form-error]").getByText("[household.already_registered]", { exact: false }).waitFor();
  await page.keyboard.press("Escape");
  await page.locator("[data-test=household-dialog]").waitFor({ state: "hidden" });

  await household.getByText("档案", { exact: true }).click();
  const drawer = page.locator("[data-test=household-drawer]");
  await drawer.getByText("暂无材料").waitFor();
  await page.locator("[data-test=household-doc-file]").setInputFiles({ name: "收入证明.pdf", mimeType: "application/pdf", buffer: pdfDocument() });
  await drawer.locator("[data-test=household-docs]").getByText("application/pdf", { exact: false }).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), drawer.locator("[data-test=household-docs] .el-tag").first().click()]);
  assert.match(download.suggestedFilename(), /\.pdf$/);
  await drawer.getByText("建档", { exact: false }).first().waitFor();
  await screenshot(page, "console-casework-1-household");
  await page.keyboard.press("Escape");

  // --- a round for the city union's subtree: two tiers and a needs survey with two packages
  const title = `春节送温暖${tag}`;
  await page.locator("[data-test=nav-hardship-rounds]").click();
  await page.locator("[data-test=round-new]").click();
  await page.locator("#app .el-select[data-test=round-org], [data-test=round-org]").first().click();
  await page.locator(".el-popper:visible").getByText(city.name, { exact: true }).first().click();
  await field(page, "round-title").fill(title);
  await page.locator("[data-test=round-fund]").click();
  await page.locator(".el-popper:visible").getByText(fund.name, { exact: false }).first().click();
  await page.locator("[data-test=package-add]").click();
  await field(page, "package-0-name").fill("米面油礼包");
  await field(page, "package-0-items").fill("大米 10kg，食用油 5L");
  await page.locator("[data-test=package-add]").click();
  await field(page, "package-1-name").fill("御寒礼包");
  await field(page, "package-1-items").fill("棉被、羽绒服");
  await page.locator("[data-test=round-save]").click();
  const roundRow = page.locator("[data-test=round-table] .el-table__body tr", { hasText: title });
  await roundRow.waitFor();
  assert.match(await roundRow.innerText(), /深度困难 ¥2000\.00（上限 ¥3000\.00）/);
  const roundId = (await roundRow.locator("td").first().innerText()).trim();

  // the member picks a package in the member app's API; the round's totals count it
  const round = await api("GET", `/api/v1/admin/hardship/rounds/${roundId}`, { token: admin });
  const warm = round.packages.find((p) => p.name === "御寒礼包");
  await api("PUT", `/api/v1/hardship/rounds/${roundId}/package-choice`, { token: member.token, body: { packageId: warm.id } });
  await roundRow.getByText("物资包").click();
  const roundDrawer = page.locator("[data-test=round-drawer]");
  await roundDrawer.locator("[data-test=package-total]").getByText("共 1 人选择").waitFor();
  assert.match(await roundDrawer.locator("[data-test=package-table] .el-table__body tr", { hasText: "御寒礼包" }).innerText(), /棉被、羽绒服\s+1/);
  // closing the survey before the deadline is refused
  await roundDrawer.locator("[data-test=survey-close]").click();
  await roundDrawer.locator("[data-test=action-error]").getByText("[survey.deadline_not_reached]", { exact: false }).waitFor();
  await screenshot(page, "console-casework-2-round");
  await page.keyboard.press("Escape");

  // --- the grassroots union declares for the member; the grassroots review passes it on
  await roundRow.getByText("申报", { exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/console/hardship-declarations" && url.searchParams.get("roundId") === roundId);
  await page.locator("[data-test=declare-new]").click();
  assert.equal(await field(page, "declare-round").inputValue(), roundId, "the round of the filter");
  await field(page, "declare-member").fill(member.memberId);
  await page.locator("[data-test=declare-save]").click();
  const declaration = page.locator("[data-test=declaration-table] .el-table__body tr").first();
  await declaration.getByText("待基层审核").waitFor();
  await declaration.getByRole("button", { name: "审核" }).click();
  const declDrawer = page.locator("[data-test=declaration-drawer]");
  // a rejection needs a reason (checked in the page before the API)
  await declDrawer.locator("[data-test=review-reject]").click();
  await declDrawer.locator("[data-test=action-error]").getByText("不通过时请填写理由").waitFor();
  await field(page, "review-note").fill("入户走访属实，收入低于当地最低生活保障标准");
  await declDrawer.locator("[data-test=review-approve]").click();
  await declDrawer.locator("[data-test=declaration-status]").getByText("待区级审核").waitFor();
  await declDrawer.locator("[data-test=declaration-history]").getByText("入户走访属实", { exact: false }).waitFor();
  // the same user cannot also review at district level
  await field(page, "review-note").fill("同意");
  await declDrawer.locator("[data-test=review-approve]").click();
  await declDrawer.locator("[data-test=action-error]").getByText("[hardship.same_reviewer]", { exact: false }).waitFor();
  await screenshot(page, "console-casework-3-grassroots-review");
  await page.keyboard.press("Escape");

  // --- the city union's admin reviews at district level: the public notice starts
  await consoleLogin(page, cityAdmin.username, cityAdmin.password, cityAdmin.username);
  await page.locator("[data-test=nav-hardship-declarations]").click();
  await field(page, "filter-round").fill(roundId);
  await field(page, "filter-round").press("Enter");
  const queued = page.locator("[data-test=declaration-table] .el-table__body tr", { hasText: "待区级审核" }).first();
  await queued.getByRole("button", { name: "审核" }).click();
  await field(page, "review-note").fill("同意，进入公示");
  await declDrawer.locator("[data-test=review-approve]").click();
  await declDrawer.locator("[data-test=declaration-status]").getByText("公示中").waitFor();
  await declDrawer.locator("[data-test=notice-running]").waitFor();
  await screenshot(page, "console-casework-4-notice");

  const after = await api("GET", `/api/v1/admin/hardship/declarations?roundId=${roundId}`, { token: admin });
  assert.equal(after.items.length, 1);
  assert.equal(after.items[0].status, "in_notice");
  assert.ok(after.items[0].noticeEndsAt, "the notice has an end");

  // --- the dashboard charts the declarations by status
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");
  await page.locator("[data-test=nav-dashboard]").click();
  await page.locator("[data-test=chart-hardship][data-rendered=true] canvas").waitFor();
  assert.deepEqual(errors, []);
});

test("distributions: a goods perk allocated to enterprises by head count, and the enterprise's receipt shown per enterprise", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `发放区总工会${tag}` } });
  const code = creditCode();
  const enterprise = await api("POST", "/api/v1/admin/enterprises", { token: admin, body: { name: `第三轴承厂${tag}`, creditCode: code, orgId: org.id } });
  const people = [{ name: "钱进", id: idNumber("19810203") }, { name: "孙丽", id: idNumber("19920304") }];
  const roster = await uploadRoster(admin, org.id, ["name,idNumber,enterpriseCreditCode,phone", ...people.map((p) => `${p.name},${p.id},${code},`)].join("\n") + "\n");
  assert.equal(roster.added, 2, JSON.stringify(roster));
  for (const p of people) await verifiedMember(p);
  const now = Date.now();
  const perk = await api("POST", "/api/v1/admin/perks", { token: admin, body: {
    kind: "goods", title: `防暑降温物资${tag}`, stock: 100, perMemberLimit: 1, startsAt: new Date(now - 3600_000).toISOString(),
    endsAt: new Date(now + 7 * 86400_000).toISOString(), validDays: 30, eligibility: { orgIds: [org.id] },
  } });

  const page = await consoleTab(browser, errors);
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");
  await page.locator("[data-test=nav-distributions]").click();
  await page.locator("[data-test=distribution-new]").click();
  await page.locator("#app .el-select[data-test=distribution-org]").click();
  await page.locator(".el-popper:visible").getByText(org.name, { exact: true }).first().click();
  await page.locator("[data-test=distribution-perk]").click();
  await page.locator(".el-popper:visible").getByText(perk.title, { exact: false }).first().click();
  const title = `高温慰问${tag}`;
  await field(page, "distribution-title").fill(title);
  await page.locator("[data-test=distribution-save]").click();
  const row = page.locator("[data-test=distribution-table] .el-table__body tr", { hasText: title });
  await row.waitFor();

  // two verified members x 2 each = 4, reserved from the perk's stock
  await row.getByRole("button", { name: "分配" }).click();
  const drawer = page.locator("[data-test=distribution-drawer]");
  await drawer.locator("[data-test=alloc-enterprises]").click();
  await page.locator(".el-popper:visible").getByText(enterprise.name, { exact: true }).first().click();
  await page.keyboard.press("Escape");
  await drawer.locator(".el-input-number input").first().fill("2");
  await drawer.locator("[data-test=alloc-save]").click();
  const allocation = drawer.locator("[data-test=allocation-table] .el-table__body tr", { hasText: enterprise.name });
  await allocation.waitFor();
  assert.match(await allocation.innerText(), /按人数（2）\s+4\s+0\s+0\s+4/);
  await drawer.locator("[data-test=chart-distribution][data-rendered=true] canvas").waitFor();

  // the enterprise's contact confirms 3 received; the console shows it after a reload
  const contact = { username: `contact.${tag}`, password: "a long contact password" };
  await api("POST", `/api/v1/admin/enterprises/${enterprise.id}/contacts`, { token: admin, body: contact });
  const contactToken = (await api("POST", "/api/v1/admin/auth/login", { body: contact })).accessToken;
  const mine = await api("GET", "/api/v1/enterprise/allocations", { token: contactToken });
  await api("POST", `/api/v1/enterprise/allocations/${mine.items[0].id}/receipts`, { token: contactToken, body: { quantity: 3, note: "到货 3 箱" } });
  await page.keyboard.press("Escape");
  await page.reload();
  await row.getByRole("button", { name: "分配" }).click();
  await allocation.waitFor();
  assert.match(await allocation.innerText(), /4\s+3\s+0\s+1\s+3/);
  await page.waitForTimeout(600);
  await screenshot(page, "console-casework-5-distribution");
  await page.keyboard.press("Escape");
  await page.locator("[data-test=nav-dashboard]").click();
  await page.locator("[data-test=chart-distributions][data-rendered=true] canvas").waitFor();
  assert.deepEqual(errors, []);
});

test("legal aid: an application accepted in the console, a panel lawyer assigned and the assignment letter downloaded", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `维权区总工会${tag}` } });
  const person = { name: "吴小梅", id: idNumber("19900909") };
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},,\n`);
  const member = await verifiedMember(person);
  const employer = `某某电子有限公司${tag}`;
  const response = await fetch(`${baseUrl}/api/v1/legal-aid/cases`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${member.token}`, "Idempotency-Key": crypto.randomUUID() },
    body: JSON.stringify({ disputeType: "wage_arrears", employerName: employer, amountAtStakeFen: 1_250_000, description: "公司拖欠三个月工资未发", urgent: false }),
  });
  assert.equal(response.status, 201, await response.text());
  const lawyerAccount = { username: `lawyer.${tag}`, password: "a long lawyer password" };
  const account = await api("POST", "/api/v1/admin/users", { token: admin, body: { ...lawyerAccount, role: "lawyer" } });
  await api("POST", "/api/v1/admin/legal-aid/lawyers", { token: admin, body: {
    staffUserId: account.id, name: "郑律师", firm: `明理律师事务所${tag}`, licenceNo: "1" + String(Date.now()).slice(-13).padStart(16, "0"), phone: phone(),
  } });

  const page = await consoleTab(browser, errors);
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");
  await page.locator("[data-test=nav-legal-aid]").click();
  const row = page.locator("[data-test=case-table] .el-table__body tr", { hasText: employer });
  await row.getByText("待受理").waitFor();
  await row.getByRole("button", { name: "办理" }).click();
  const drawer = page.locator("[data-test=case-drawer]");
  await drawer.locator("[data-test=case-accept]").click();
  await drawer.locator("[data-test=case-status]").getByText("咨询").waitFor();
  await drawer.locator("[data-test=case-lawyer]").click();
  await page.locator(".case-lawyer-popper:visible").getByText(`明理律师事务所${tag}`, { exact: false }).first().click();
  await drawer.locator("[data-test=case-assign]").click();
  await drawer.locator("[data-test=case-letter]").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), drawer.locator("[data-test=case-letter]").click()]);
  assert.match(download.suggestedFilename(), /^指派函-.*\.pdf$/);
  const { readFile } = await import("node:fs/promises");
  assert.equal((await readFile(await download.path())).subarray(0, 5).toString("latin1"), "%PDF-");
  // a labour dispute goes to court only through arbitration: the console offers mediation and arbitration next
  await drawer.locator("[data-test=case-stage]").click();
  // the dropdown opens with an animation: read its options once they are shown, not straight after the click;
  // only the stage select's own dropdown (the lawyer dropdown may still be fading out)
  const items = page.locator(".case-stage-popper:visible .el-select-dropdown__item");
  await items.first().waitFor();
  let options = [];
  for (let i = 0; i < 50 && options.length < 2; i++) {
    options = (await items.allInnerTexts()).map((t) => t.trim()).filter((t) => t.length > 0);
    if (options.length < 2) await page.waitForTimeout(100);
  }
  assert.deepEqual(options, ["调解", "仲裁"]);
  await page.keyboard.press("Escape");
  await screenshot(page, "console-casework-6-legal-aid");
  assert.deepEqual(errors, []);
});
