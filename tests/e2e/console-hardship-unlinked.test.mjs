// The staff console's hardship register at 1440x900 against the real API (issue 17, item 5): a worker without an app
// account is registered through the 无 App 账号 path (name, ID number, phone, organisation), shown masked and marked
// 无 App 账号; when the worker later installs the app and passes real-name verification, the household is theirs.
// No axe-core check here, as in the other console tests: the console's Element Plus chrome (menu roles, primary-button
// contrast) fails it on every page, which is the console's own change to make.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, api, idNumber, launch, phone, screenshot, unique, uploadRoster } from "./harness.mjs";

let browser;
let errors = [];

before(async () => {
  browser = await launch({ desktop: true });
  errors = browser.errors;
});
after(async () => {
  await browser?.close();
});

const input = (page, name) => page.locator(`:is(input[data-test=${name}], textarea[data-test=${name}], [data-test=${name}] input)`).first();

test("hardship register: a worker without an app account is registered by ID number and linked after verifying", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const city = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `帮扶市总${tag}` } });
  const grassroots = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `纺织厂工会${tag}`, parentId: city.id } });
  const person = { name: "吴秀芬", id: idNumber("19680412"), phone: phone() };

  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on("pageerror", (e) => errors.push(e));
  await page.goto("/console/");
  await input(page, "username").fill("admin");
  await input(page, "password").fill(adminPassword);
  await page.locator("[data-test=login]").click();
  await page.locator("[data-test=who]").waitFor();

  await page.locator("[data-test=nav-hardship-households]").click();
  await page.locator("[data-test=household-new]").click();
  const dialog = page.locator("[data-test=household-dialog]");
  await dialog.locator("[data-test=household-mode]").getByText("无 App 账号").click();
  await input(page, "household-name").fill(person.name);
  await input(page, "household-id-number").fill(person.id);
  await input(page, "household-phone").fill(person.phone);
  await page.locator("#app .el-select[data-test=household-org], [data-test=household-org]").first().click();
  await page.locator(".el-popper:visible").getByText(grassroots.name, { exact: false }).first().click();
  await screenshot(page, "console-hardship-unlinked-1-form");
  await page.locator("[data-test=household-save]").click();
  await dialog.waitFor({ state: "hidden" });

  const row = page.locator("[data-test=household-table] .el-table__body tr", { hasText: "吴*芬" });
  await row.waitFor();
  assert.match(await row.innerText(), /无 App 账号/);
  await row.getByText("档案", { exact: true }).click();
  const drawer = page.locator("[data-test=household-drawer]");
  const masked = `${person.id.slice(0, 6)}********${person.id.slice(14)}`;
  await drawer.getByText(masked).waitFor();
  assert.ok(!(await drawer.innerText()).includes(person.id), "the full ID number is never shown");
  await drawer.getByText("无 App 账号：职工实名认证后自动关联", { exact: false }).waitFor();
  await screenshot(page, "console-hardship-unlinked-2-case-file");
  await page.keyboard.press("Escape");

  // the worker gets the app: roster, SMS login, real-name; the household is now theirs
  await uploadRoster(admin, grassroots.id, `name,idNumber,enterpriseCreditCode,phone\n${person.name},${person.id},,\n`);
  const mobile = phone();
  await api("POST", "/api/v1/auth/sms/send", { body: { phone: mobile } });
  const outbox = await api("GET", `/api/v1/dev/sms-outbox?phone=${mobile}`);
  const tokens = await api("POST", "/api/v1/auth/sms/login", { body: { phone: mobile, code: outbox.messages[0].code } });
  await api("POST", "/api/v1/me/real-name", { token: tokens.accessToken, body: { name: person.name, idNumber: person.id } });
  const mine = await api("GET", "/api/v1/me/hardship/household", { token: tokens.accessToken });
  assert.equal(mine.status, "active");

  await page.locator(".el-radio-button", { hasText: "全部" }).click(); // the filter reloads the register
  const linked = page.locator("[data-test=household-table] .el-table__body tr", { hasText: "吴*芬" });
  await linked.getByText("已关联").waitFor();
  assert.match(await linked.innerText(), new RegExp(tokens.member.id));
  await screenshot(page, "console-hardship-unlinked-3-linked");

  assert.deepEqual(errors.map(String), []);
});
