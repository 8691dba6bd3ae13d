// The console's 发送通知 form (issue 16): staff pick an organisation, write a title, text and link, confirm that it goes
// to the whole subtree, and see how many members it reached; a member of a child organisation finds it in the inbox
// (read through the API). The daily limit answers in Chinese; a press retried after a lost answer is one broadcast
// (one Idempotency-Key per form submission, reused on retry).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, api, launch, screenshot, unique, field, consoleLogin, rosterMember, consoleChoose, clearOfChinaMidnight } from "./harness.mjs";

let browser;
before(async () => { browser = await launch({ desktop: true }); });
after(async () => { await browser?.close(); });

test("staff send a notice to an organisation's subtree; a member below reads it; the daily limit is shown in Chinese", async () => {
  await clearOfChinaMidnight(); // the four broadcasts must fall on one day in China: the limit is 3 a day
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const district = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `通知区总工会${tag}` } });
  const factory = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `通知机床厂工会${tag}`, parentId: district.id } });
  const member = (await rosterMember(admin, factory.id, "周国强")).token;
  await rosterMember(admin, district.id, "陈丽华");

  const page = await browser.newPage();
  await consoleLogin(page, "admin", adminPassword, "admin");
  await page.goto("/console/orgs");
  await page.locator("[data-test=broadcast-card]").waitFor();

  // checked before any request
  await page.locator("[data-test=broadcast-send]").click();
  await page.locator("[data-test=broadcast-error]").getByText("请选择接收通知的组织").waitFor();

  await consoleChoose(page, "broadcast-org", district.name);
  await field(page, "broadcast-title").fill("冬季送温暖活动开始申报");
  await field(page, "broadcast-text").fill("困难职工帮扶冬季批次已开放申报，请符合条件的会员在 12 月 20 日前通过“困难职工帮扶”提交。");
  await field(page, "broadcast-link").fill("/hardship");

  // the answers are lost on the way back (the SDK's own retries too): the error shows, and the press again with the same
  // form is the same broadcast under the same key
  let posts = 0;
  const keys = [];
  await page.route("**/api/v1/admin/orgs/*/broadcasts", async (route) => {
    posts += 1;
    keys.push(route.request().headers()["idempotency-key"]);
    if (posts <= 3) {
      if (posts === 1) await route.fetch(); // the first reaches the server...
      return route.abort("connectionreset"); // ...but no answer arrives
    }
    return route.continue();
  });
  await page.locator("[data-test=broadcast-send]").click();
  const confirm = page.locator(".el-message-box");
  await confirm.getByText(`通知将发送给「${district.name}」及其全部下级组织的已实名会员`, { exact: false }).waitFor();
  await screenshot(page, "console-broadcast-1-confirm");
  await confirm.getByRole("button", { name: "发送" }).click();
  await page.locator("[data-test=broadcast-error]").waitFor();
  await page.locator("[data-test=broadcast-send]").click();
  await confirm.getByRole("button", { name: "发送" }).click();
  await page.locator("[data-test=broadcast-sent]").getByText(`已发送给「${district.name}」及下级组织的 2 名会员`).waitFor();
  await screenshot(page, "console-broadcast-2-sent");
  await page.unroute("**/api/v1/admin/orgs/*/broadcasts");
  assert.equal(keys.length, 4);
  assert.ok(keys[0], "an Idempotency-Key is sent");
  assert.deepEqual(new Set(keys).size, 1, "the retries of the same submission reuse its key");

  // the member of the child organisation has it once in the inbox
  const inbox = await api("GET", "/api/v1/me/notifications", { token: member });
  const notices = inbox.items.filter((n) => JSON.stringify(n).includes("冬季送温暖活动开始申报"));
  assert.equal(notices.length, 1, JSON.stringify(inbox.items));

  // two more today are allowed (3 a day), the next one is refused with the Chinese message
  for (let i = 2; i <= 4; i++) {
    await field(page, "broadcast-title").fill(`第 ${i} 条通知`);
    await field(page, "broadcast-text").fill(`今天的第 ${i} 条通知内容`);
    await page.locator("[data-test=broadcast-send]").click();
    await confirm.getByRole("button", { name: "发送" }).click();
    if (i < 4) await page.locator("[data-test=broadcast-sent]").getByText("2 名会员", { exact: false }).waitFor();
  }
  await page.locator("[data-test=broadcast-error]").getByText("本组织今天的群发通知次数已用完，请明天再发", { exact: false }).waitFor();
  await screenshot(page, "console-broadcast-3-daily-limit");
  assert.deepEqual(browser.errors, []);
});
