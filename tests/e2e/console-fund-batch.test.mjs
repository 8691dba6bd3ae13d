// The console's 批量申报 page (issue 17 item 5): a unit picks itself and an open fund, checks a CSV file (dry run) and sees
// each bad row with its column and a Chinese reason; nothing is filed while a row is bad. The corrected file checks clean
// and is committed as one batch: every member's application is in the fund's review queue (read through the API).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, api, consoleLogin, idNumber, launch, screenshot, unique, rosterMember, consoleChoose } from "./harness.mjs";

let browser;
before(async () => { browser = await launch({ desktop: true }); });
after(async () => { await browser?.close(); });

test("a unit checks a batch declaration, sees the bad row in Chinese, then commits the corrected file as one batch", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const district = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `申报区总工会${tag}` } });
  const factory = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `申报机床厂工会${tag}`, parentId: district.id } });
  const a = (await rosterMember(admin, factory.id, "周国强")).person;
  const b = (await rosterMember(admin, district.id, "陈丽华")).person;
  const fund = await api("POST", "/api/v1/admin/funds", { token: admin, body: {
    name: `疫情专项帮扶${tag}`, kind: "epidemic", year: 2026, budgetFen: 10_000_000, maxGrantFen: 300_000, orgId: district.id } });

  const page = await browser.newPage();
  await consoleLogin(page, "admin", adminPassword);
  await page.goto("/console/fund-batches");
  await page.getByRole("heading", { name: "批量申报" }).waitFor();

  await consoleChoose(page, "batch-org", district.name, { exact: false });
  await consoleChoose(page, "batch-fund", fund.name, { exact: false });
  const header = "姓名,身份证号,申请金额,事由,类别,联系电话";
  const bad = `${header}\n${a.name},${a.id},1500,居家隔离期间收入减少,,\n${b.name},${b.id},3500,隔离14天,疫情,\n赵某,${idNumber("19700101")},800,家人确诊,,\n`;
  await page.locator("[data-test=batch-file]").setInputFiles({ name: "疫情补助申报.csv", mimeType: "text/csv", buffer: Buffer.from("\uFEFF" + bad, "utf8") });
  await page.locator("[data-test=batch-check]").click();
  const report = page.locator("[data-test=batch-rejections]");
  await report.getByText("申请金额超过该项目单笔上限 3000 元").waitFor();
  await report.getByText("本组织及下级组织中没有姓名与身份证号一致的已认证会员").waitFor();
  assert.ok(await page.locator("[data-test=batch-commit]").isDisabled(), "no commit while a row is bad");
  await screenshot(page, "console-fund-batch-1-report");
  const queue = async () => (await api("GET", `/api/v1/admin/fund-applications?fundId=${fund.id}`, { token: admin })).items;
  assert.equal((await queue()).length, 0, "the check filed nothing");

  const good = `${header}\n${a.name},${a.id},1500,居家隔离期间收入减少,,\n${b.name},${b.id},2000.50,隔离14天,疫情,\n`;
  await page.locator("[data-test=batch-file]").setInputFiles({ name: "疫情补助申报.csv", mimeType: "text/csv", buffer: Buffer.from(good, "utf8") });
  await page.locator("[data-test=batch-check]").click();
  await page.locator("[data-test=batch-ok]").getByText("全部 2 行可以提交，申请金额合计 3500.50 元").waitFor();
  await page.locator("[data-test=batch-commit]").click();
  await page.locator("[data-test=batch-done]").waitFor();
  await screenshot(page, "console-fund-batch-2-committed");
  const filed = await queue();
  assert.equal(filed.length, 2);
  assert.deepEqual(filed.map((x) => x.requestedFen).sort((x, y) => x - y), [150_000, 200_050]);
  assert.deepEqual(browser.errors, []);
});
