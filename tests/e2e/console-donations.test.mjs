// 捐赠登记 (issue #19 item 4): staff record an enterprise's donation in the console and get its receipt number; the
// fund's public account (member H5, no login, phone-sized) shows the money raised, equal to what the API's ledger says.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { accessibilityViolations, adminPassword, api, clearOfChinaMidnight, consoleLogin, field, launch, screenshot, unique } from "./harness.mjs";

let desk;
let phone;
before(async () => { desk = await launch({ desktop: true }); phone = await launch(); });
after(async () => { await desk?.close(); await phone?.close(); });

test("a donation recorded in the console gets a receipt number and shows on the fund's public account", async () => {
  await clearOfChinaMidnight(); // the fund's year, taken now, must still be the year of the form's default date when it is saved
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear(); // the console's default date received is today in China
  const fund = await api("POST", "/api/v1/admin/funds", { token: admin, body: {
    name: `送温暖基金${tag}`, kind: "warmth", year, budgetFen: 10_000_000, maxGrantFen: 300_000 } });

  const page = await desk.newPage();
  await consoleLogin(page, "admin", adminPassword);
  await page.goto("/console/donations");
  await page.getByRole("heading", { name: "捐赠登记" }).waitFor();
  await page.locator("[data-test=donation-new]").click();
  await page.locator(".el-dialog .el-select[data-test=donation-fund]").click();
  await page.locator(".el-popper:visible").getByText(fund.name, { exact: false }).first().click();
  await field(page, "donation-enterprise").fill(`爱心机械厂${tag}`);
  await field(page, "donation-amount").fill("5000");
  await page.locator("[data-test=donation-save]").click();
  await page.getByText(`${year}-000`, { exact: false }).first().waitFor();
  const row = page.locator(".el-table__row", { hasText: `爱心机械厂${tag}` });
  await row.getByText("¥5000.00").waitFor();
  await screenshot(page, "console-donations-1-recorded");

  const donations = (await api("GET", `/api/v1/admin/donations?fundId=${fund.id}`, { token: admin })).items;
  assert.equal(donations.length, 1);
  assert.match(donations[0].receiptNo, new RegExp(`^${year}-\\d{6}$`));
  assert.equal(donations[0].amountFen, 500_000);

  const h5 = await phone.newPage();
  await h5.goto(`/funds/${fund.id}/account`);
  await h5.locator("[data-test=fund-name]").getByText(fund.name).waitFor();
  await h5.locator("[data-test=raised]").getByText("¥5000.00").waitFor();
  const account = await api("GET", `/api/v1/public/funds/${fund.id}`);
  assert.equal(account.raisedFen, 500_000);
  assert.equal(account.balanceFen, 10_500_000);
  await screenshot(h5, "member-fund-account");
  assert.deepEqual(await accessibilityViolations(h5, "/funds/:id/account"), []);
  assert.deepEqual(desk.errors, []);
  assert.deepEqual(phone.errors, []);
});
