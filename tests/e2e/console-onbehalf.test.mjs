// 代为申请 in the staff console at 1440x900 against the real API: an org_admin finds a member of their union (会员查询),
// opens the member's page and files a warmth-fund application for the family of the deceased member (会员已身故), with
// the family's bank account; the application appears on the member's page, the member's own list shows it filed by staff,
// and the account is masked everywhere but the reason-audited read.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, api, consoleLogin, consoleTab, field, idNumber, launch, phone, screenshot, unique, uploadRoster } from "./harness.mjs";

let browser;

before(async () => {
  browser = await launch({ desktop: true });
});
after(async () => {
  await browser?.close();
});

async function choose(page, select, popper, text) {
  await page.locator(`[data-test=${select}]`).click();
  const option = page.locator(`.${popper}:visible .el-select-dropdown__item`, { hasText: text });
  await option.first().waitFor();
  await option.first().click();
}

test("代为申请: file a deceased member's family claim from the member page", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `代办测试工会${tag}` } });
  const person = { name: "赵建国", id: idNumber("19700815"), mobile: phone() };
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},,${person.mobile}\n`);
  await api("POST", "/api/v1/auth/sms/send", { body: { phone: person.mobile } });
  const outbox = await api("GET", `/api/v1/dev/sms-outbox?phone=${person.mobile}`);
  const tokens = await api("POST", "/api/v1/auth/sms/login", { body: { phone: person.mobile, code: outbox.messages[0].code } });
  await api("POST", "/api/v1/me/real-name", { token: tokens.accessToken, body: { name: person.name, idNumber: person.id } });
  const fundName = `温暖基金${tag}`;
  await api("POST", "/api/v1/admin/funds", { token: admin, headers: { "Idempotency-Key": crypto.randomUUID() }, body: {
    name: fundName, kind: "warmth", year: 2026, budgetFen: 10_000_000, maxGrantFen: 1_000_000, orgId: org.id } });

  const staff = { username: `counter.${tag}`.slice(0, 30), password: "a long counter password" };
  await api("POST", "/api/v1/admin/users", { token: admin, body: { ...staff, role: "org_admin", orgId: org.id } });

  const errors = [];
  const page = await consoleTab(browser, errors);
  await consoleLogin(page, staff.username, staff.password);

  await page.locator("[data-test=nav-members]").click();
  await field(page, "lookup-value").fill(person.mobile);
  await field(page, "lookup-reason").fill("家属来窗口申请温暖基金");
  await page.locator("[data-test=lookup-search]").click();
  await page.locator("[data-test=lookup-table] [data-test=lookup-open]").first().click();
  const drawer = page.locator("[data-test=member-drawer]");
  await drawer.locator("[data-test=member-file-on-behalf]").click();

  const dialog = page.locator("[data-test=onbehalf-dialog]");
  await choose(page, "onbehalf-fund", "onbehalf-fund-popper", fundName);
  await choose(page, "onbehalf-category", "onbehalf-category-popper", "突发事件");
  await field(page, "onbehalf-amount").fill("5000");
  await field(page, "onbehalf-reason").fill("会员因病身故，家属申请温暖基金");
  // the family section appears only with 会员已身故; nothing is sent while it is incomplete
  assert.equal(await dialog.locator("[data-test=family-name]").count(), 0);
  await dialog.locator("[data-test=onbehalf-deceased]").click();
  await page.locator("[data-test=onbehalf-submit]").click();
  await dialog.locator("[data-test=onbehalf-error]").getByText("请填写家属姓名").waitFor();
  await field(page, "family-name").fill("王淑芬");
  await choose(page, "family-relationship", "family-relationship-popper", "配偶");
  await field(page, "family-id").fill(idNumber("19720101"));
  await field(page, "family-phone").fill("13698765432");
  await field(page, "family-bank").fill("中国建设银行");
  await field(page, "family-account").fill("6217 0000 1111 2222 333");
  await field(page, "family-holder").fill("王淑芬");
  await screenshot(page, "console-onbehalf-1-form");
  await page.locator("[data-test=onbehalf-submit]").click();
  await dialog.waitFor({ state: "hidden" });
  await drawer.locator("[data-test=member-applications]").getByText(fundName).waitFor();
  await screenshot(page, "console-onbehalf-2-filed");

  // the member's own list: filed by staff for the family, the account masked
  const mine = (await api("GET", "/api/v1/me/fund-applications", { token: tokens.accessToken })).items;
  assert.equal(mine.length, 1);
  assert.equal(mine[0].onBehalfOf, "deceased_member_family");
  assert.equal(mine[0].filedByName, staff.username);
  assert.equal(mine[0].applicant.bankAccountMasked, "***************2333");
  assert.doesNotMatch(JSON.stringify(mine[0]), /62170000111122223333?/);
  const audit = await api("GET", "/api/v1/admin/audit?limit=100", { token: admin });
  assert.ok(audit.items.some((a) => a.action === "fund_application.file_on_behalf"), "the filing is audited");
  assert.deepEqual(errors, []);
});
