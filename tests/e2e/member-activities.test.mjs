// Activities against the real API: a member opens 活动报名 from 我的, signs up for the last place, shows the check-in QR;
// staff paste the code into the console's 活动管理 page and check the member in; the member's page then shows the
// check-in. A second member finds the activity full and joins the waiting list at position 1.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { accessibilityViolations, adminPassword, api, consoleLogin, field, idNumber, launch, screenshot, smsLogin, unique, uploadRoster, rosterMember } from "./harness.mjs";

let phone;
let desk;
const s = {};
before(async () => { phone = await launch(); desk = await launch({ desktop: true }); });
after(async () => { await phone?.close(); await desk?.close(); });

test("set-up: an organisation, two verified members and an activity with one place", async () => {
  const admin = s.admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `活动区总工会 ${unique()}` } });
  // the first member logs in on the phone (one SMS code for the number), then verifies through the API
  s.firstId = idNumber("19790315");
  s.firstMobile = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n孙红梅,${s.firstId},,\n`);
  const page = s.page = await phone.newPage();
  await smsLogin(page, s.firstMobile);
  const token = JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken;
  await api("POST", "/api/v1/me/real-name", { token, body: { name: "孙红梅", idNumber: s.firstId } });
  s.second = await rosterMember(admin, org.id, "周建华", "19850612");
  const startsAt = new Date(Date.now() + 3600_000);
  s.title = `职工羽毛球赛 ${unique()}`;
  s.activity = await api("POST", "/api/v1/admin/activities", { token: admin, body: {
    title: s.title, venue: "市工人文化宫体育馆", description: "限额报名，先到先得。", orgId: org.id, places: 1,
    startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString() } });
});

test("the member signs up for the last place and shows the check-in QR", async () => {
  const page = s.page;
  await page.goto("/me");
  await page.locator("[data-test=to-activities]").click();
  await page.waitForURL((url) => url.pathname === "/activities");
  await page.locator("[data-test=activity]", { hasText: s.title }).click();
  await page.waitForURL((url) => url.pathname === `/activities/${s.activity.id}`);
  await page.locator("[data-test=activity-places]").getByText("名额 1，剩余 1").waitFor();
  await page.locator("[data-test=sign-up]").getByText("立即报名").click();
  await page.locator("[data-test=my-signup-status]").getByText("已报名").waitFor();
  await page.locator(".van-toast").waitFor({ state: "hidden" });
  await page.locator("[data-test=show-check-in-code]").click();
  await page.locator("[data-test=check-in-qr]").waitFor();
  s.code = (await page.locator("[data-test=check-in-code]").innerText()).trim();
  assert.match(s.code, /^UA1\.\d+\.\d+\.[A-Za-z0-9_-]+$/);
  await screenshot(page, "activity-1-signed-up-code");
  assert.deepEqual(await accessibilityViolations(page, "activity detail"), []);
});

test("a second member finds it full and joins the waiting list", async () => {
  const view = await api("PUT", `/api/v1/activities/${s.activity.id}/signup`, { token: s.second.token });
  assert.equal(view.mySignup.status, "waiting");
  assert.equal(view.mySignup.position, 1);
});

test("staff check the member in from the console; the member sees it", async () => {
  const page = await desk.newPage();
  await consoleLogin(page, "admin", adminPassword, "admin");
  await page.goto("/console/activities");
  await page.locator(`[data-test=activity-open-${s.activity.id}]`).click();
  await page.locator("[data-test=venue-code]").getByText(s.activity.venueCode).waitFor();
  await field(page, "checkin-code").fill(s.code);
  await page.locator("[data-test=checkin-submit]").click();
  await page.locator("[data-test=checkin-result]").getByText("孙*梅 签到成功").waitFor();
  await page.locator("[data-test=signup-table]").getByText("候补（第 1 位）").waitFor();
  await screenshot(page, "activity-2-console-checked-in");

  await s.page.reload();
  await s.page.locator("[data-test=checked-in]").waitFor();
  await screenshot(s.page, "activity-3-member-checked-in");
});

test("an activity only for 劳模、农民工: the untagged member sees why and cannot sign up; tagged by staff, they can", async () => {
  const startsAt = new Date(Date.now() + 3600_000);
  const title = `劳模疗休养 ${unique()}`;
  const activity = await api("POST", "/api/v1/admin/activities", { token: s.admin, body: {
    title, venue: "市职工疗休养中心", orgId: s.activity.orgId, places: 5, eligibleTags: ["model_worker", "migrant_worker"],
    startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3600_000).toISOString() } });
  const page = s.page;
  await page.goto(`/activities/${activity.id}`);
  await page.locator("[data-test=activity-eligibility]").getByText("仅限 劳模、农民工 报名").waitFor();
  await page.locator("[data-test=activity-not-eligible]").waitFor();
  assert.equal(await page.locator("[data-test=sign-up]").count(), 0, "no sign-up button for a member without the tag");
  await page.getByRole("button", { name: "不符合报名条件" }).waitFor();
  await screenshot(page, "activity-4-not-eligible");
  assert.deepEqual(await accessibilityViolations(page, "activity limited by tag"), []);

  const me = await api("GET", "/api/v1/me", { token: JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken });
  await api("PUT", `/api/v1/admin/members/${me.id}/tags`, { token: s.admin, body: { tags: ["migrant_worker"] } });
  await page.reload();
  await page.locator("[data-test=sign-up]").getByText("立即报名").click();
  await page.locator("[data-test=my-signup-status]").getByText("已报名").waitFor();
});
