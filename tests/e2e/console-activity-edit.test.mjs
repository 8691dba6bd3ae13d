// Editing and cancelling an activity against the real API: staff raise the places in the console's 编辑活动 dialog and
// the member waiting is promoted at once (told in their inbox); staff then cancel the activity with a reason, and the
// member's phone shows 已取消 with the reason, the sign-up gone and no way to sign up again.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { accessibilityViolations, adminPassword, api, consoleLogin, field, idNumber, launch, screenshot, smsLogin, unique, uploadRoster } from "./harness.mjs";

let phone;
let desk;
const s = {};
before(async () => { phone = await launch(); desk = await launch({ desktop: true }); });
after(async () => { await phone?.close(); await desk?.close(); });

test("set-up: a full activity with a member of ours on the waiting list", async () => {
  const admin = s.admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `活动编辑总工会 ${unique()}` } });
  const id = idNumber("19820417");
  const mobile = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n钱晓燕,${id},,\n`);
  const page = s.page = await phone.newPage();
  await smsLogin(page, mobile);
  s.token = JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken;
  await api("POST", "/api/v1/me/real-name", { token: s.token, body: { name: "钱晓燕", idNumber: id } });
  const startsAt = new Date(Date.now() + 24 * 3600_000);
  s.title = `职工读书分享会 ${unique()}`;
  s.activity = await api("POST", "/api/v1/admin/activities", { token: admin, body: {
    title: s.title, venue: "区职工书屋", orgId: org.id, places: 1,
    startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString() } });
  // the one place goes to another member of the organisation; ours waits at position 1
  const other = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  const otherId = idNumber("19900101");
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n李建国,${otherId},,\n`);
  await api("POST", "/api/v1/auth/sms/send", { body: { phone: other } });
  const code = (await api("GET", `/api/v1/dev/sms-outbox?phone=${other}`)).messages[0].code;
  const otherToken = (await api("POST", "/api/v1/auth/sms/login", { body: { phone: other, code } })).accessToken;
  await api("POST", "/api/v1/me/real-name", { token: otherToken, body: { name: "李建国", idNumber: otherId } });
  await api("PUT", `/api/v1/activities/${s.activity.id}/signup`, { token: otherToken });
  const mine = await api("PUT", `/api/v1/activities/${s.activity.id}/signup`, { token: s.token });
  assert.equal(mine.mySignup.position, 1);
});

test("staff raise the places in the console: the waiting member is promoted at once", async () => {
  const page = s.desk = await desk.newPage();
  await consoleLogin(page, "admin", adminPassword, "admin");
  await page.goto("/console/activities");
  await page.locator(`[data-test=activity-open-${s.activity.id}]`).click();
  await page.locator("[data-test=activity-edit]").click();
  await field(page, "edit-places").fill("2");
  await page.locator("[data-test=edit-save]").click();
  await page.getByText("1 名候补会员已转为正式报名").waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll("[data-test=signup-table] tbody tr")]
    .filter((row) => row.textContent.includes("已报名")).length === 2);
  await screenshot(page, "activity-edit-1-places-raised");

  await s.page.goto(`/activities/${s.activity.id}`);
  await s.page.locator("[data-test=my-signup-status]").getByText("已报名（候补递补）").waitFor();
});

test("staff cancel with a reason; the member's phone shows 已取消 and the reason", async () => {
  const page = s.desk;
  await page.locator("[data-test=activity-cancel]").click();
  await field(page, "cancel-reason").fill("书屋临时闭馆维修，活动取消，敬请谅解");
  await page.locator("[data-test=cancel-confirm]").click();
  await page.locator("[data-test=activity-cancelled]").waitFor();
  await screenshot(page, "activity-edit-2-console-cancelled");

  await s.page.reload();
  await s.page.locator("[data-test=activity-cancelled]").getByText("书屋临时闭馆维修，活动取消，敬请谅解").waitFor();
  await s.page.getByText("活动已取消").first().waitFor();
  assert.equal(await s.page.locator("[data-test=sign-up]").count(), 0);
  assert.equal(await s.page.locator("[data-test=my-signup]").count(), 0);
  await screenshot(s.page, "activity-edit-3-member-cancelled");
  assert.deepEqual(await accessibilityViolations(s.page, "member activity cancelled"), []);
  const inbox = await api("GET", "/api/v1/me/notifications", { token: s.token });
  const titles = inbox.items.map((n) => n.title);
  assert.equal(titles[0], "活动已取消");
  assert.ok(titles.includes("活动候补转正"), titles.join(", "));
});
