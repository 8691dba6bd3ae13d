// 福利抽签 with a fund grant as the prize: the console's prize-kind form sets up a lottery whose winners get a grant of a
// relief fund; what the API stored is the fund, the amount per winner and the places chosen in the form.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, api, consoleLogin, field, launch, screenshot, unique } from "./harness.mjs";

let desk;
before(async () => { desk = await launch({ desktop: true }); });
after(async () => { await desk?.close(); });

test("a lottery whose prize is a fund grant is set up in the console and the API stores the fund, grant and places", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `抽签补助工会${tag}` } });
  const fund = await api("POST", "/api/v1/admin/funds", { token: admin, body: {
    name: `送温暖抽签基金${tag}`, kind: "warmth", year: 2026, budgetFen: 5_000_000, maxGrantFen: 100_000, orgId: org.id } });

  const page = await desk.newPage();
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");
  await page.goto("/console/lotteries");
  await page.getByRole("heading", { name: "福利抽签" }).waitFor();
  await page.locator("[data-test=lottery-new]").click();
  const dialog = page.locator("[data-test=lottery-dialog]");
  await page.locator("#app .el-select[data-test=lottery-org]").click();
  await page.locator(".el-popper:visible").getByText(org.name, { exact: true }).first().click();
  await dialog.locator("[data-test=lottery-prize-kind]").getByText("帮扶基金补助").click();
  await page.locator("#app .el-select[data-test=lottery-fund]").click();
  await page.locator(".el-popper:visible").getByText(fund.name, { exact: false }).first().click();
  await field(page, "lottery-grant").fill("800");
  await field(page, "lottery-grant").press("Tab");
  await field(page, "lottery-places").fill("5");
  await field(page, "lottery-places").press("Tab");
  await field(page, "lottery-title").fill(`冬季送温暖补助抽签${tag}`);
  await screenshot(page, "console-lottery-grant-1-form");
  await page.locator("[data-test=lottery-save]").click();
  await page.locator("[data-test=lottery-table] .el-table__row", { hasText: `冬季送温暖补助抽签${tag}` }).waitFor();

  const stored = (await api("GET", "/api/v1/admin/lotteries?limit=100", { token: admin })).items.find((l) => l.title === `冬季送温暖补助抽签${tag}`);
  assert.ok(stored, "the lottery was created");
  assert.equal(stored.prizeKind, "fund_grant");
  assert.equal(stored.fundId, fund.id);
  assert.equal(stored.grantFen, 80_000);
  assert.equal(stored.perkId, null);
  assert.equal(stored.places, 5);
  assert.equal(stored.orgId, org.id);
  assert.equal(stored.status, "draft");
  assert.equal(stored.perkTitle, fund.name, "the prize is named after the fund");
  assert.deepEqual(desk.errors, []);
});
