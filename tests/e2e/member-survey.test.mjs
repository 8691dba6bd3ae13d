// Member surveys against the real API: staff publish a survey to an organisation; a verified member of it answers on the
// phone (radio, checkboxes capped at two, a free text; a required question left out is flagged first); the answer shows
// in the console's results: totals and the per-question chart.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { accessibilityViolations, adminPassword, api, consoleLogin, idNumber, launch, phone, screenshot, smsLogin, unique, uploadRoster } from "./harness.mjs";

let phoneBrowser;
let desk;
const s = {};
before(async () => { phoneBrowser = await launch(); desk = await launch({ desktop: true }); });
after(async () => { await phoneBrowser?.close(); await desk?.close(); });

test("set-up: a verified member of an organisation and an open survey for it", async () => {
  const admin = s.admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `问卷区总工会 ${unique()}` } });
  const id = idNumber("19850612");
  s.mobile = phone();
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n陈晓梅,${id},,${s.mobile}\n`);
  s.title = `职工需求调查 ${unique()}`;
  const survey = await api("POST", "/api/v1/admin/surveys", { token: admin, body: {
    title: s.title, description: "请根据实际情况填写，约 1 分钟。", orgId: org.id,
    opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
    questions: [
      { kind: "single", prompt: "您所在企业的类型", required: true, options: ["国有", "民营", "外资"] },
      { kind: "multiple", prompt: "您最需要的服务", required: true, options: ["法律援助", "子女托管", "体检", "技能培训"], maxSelections: 2 },
      { kind: "text", prompt: "其他建议", required: false, maxLength: 200 },
    ],
  } });
  s.surveyId = survey.id;
  await api("POST", `/api/v1/admin/surveys/${survey.id}/open`, { token: admin });

  const page = s.page = await phoneBrowser.newPage();
  await smsLogin(page, s.mobile);
  const token = JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken;
  await api("POST", "/api/v1/me/real-name", { token, body: { name: "陈晓梅", idNumber: id } });
});

test("the member answers on the phone, once", async () => {
  const page = s.page;
  await page.goto("/me");
  await page.locator("[data-test=to-surveys]").click();
  await page.waitForURL((url) => url.pathname === "/surveys");
  await page.locator("[data-test=survey]", { hasText: s.title }).getByText("待填写").waitFor();
  await page.locator("[data-test=survey]", { hasText: s.title }).click();
  await page.waitForURL((url) => url.pathname === `/surveys/${s.surveyId}`);

  // a required question left out is flagged before anything is sent
  await page.locator("[data-test=q-0]").getByText("民营").click();
  await page.locator("[data-test=submit-survey]").click();
  await page.getByText("此题为必答题").waitFor();

  // at most two services: the third box stays unticked
  const services = page.locator("[data-test=q-1]");
  await services.getByText("法律援助").click();
  await services.getByText("体检").click();
  await services.getByText("技能培训").click();
  assert.equal(await services.locator(".van-checkbox__icon--checked").count(), 2);
  await page.locator("[data-test=q-2] textarea").fill("希望增加夜班职工的体检名额");
  await page.locator(".van-notify").waitFor({ state: "hidden" });
  await screenshot(page, "survey-1-answer");
  assert.deepEqual(await accessibilityViolations(page, "survey answer"), []);
  await page.locator("[data-test=submit-survey]").click();
  await page.locator("[data-test=survey-answered]").waitFor();
  await screenshot(page, "survey-2-answered");

  // the server kept one online response with these choices
  const results = await api("GET", `/api/v1/admin/surveys/${s.surveyId}/results`, { token: s.admin });
  assert.deepEqual(results.totals, { responses: 1, online: 1, paper: 0 });
  assert.deepEqual(results.questions[0].options.map((o) => o.count), [0, 1, 0]);
  assert.deepEqual(results.questions[1].options.map((o) => o.count), [1, 0, 1, 0]);
  assert.equal(results.questions[2].answered, 1);

  await page.goto("/surveys");
  await page.locator("[data-test=survey]", { hasText: s.title }).getByText("已提交").waitFor();
  assert.deepEqual(phoneBrowser.errors, []);
});

test("the answer shows in the console's results and chart", async () => {
  const page = desk.context.pages()[0] ?? (await desk.context.newPage());
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");
  await page.locator("[data-test=nav-surveys]").click();
  const row = page.locator("[data-test=survey-table] .el-table__body tr", { hasText: s.title });
  await row.locator("[data-test=survey-results]").click();
  const drawer = page.locator("[data-test=survey-drawer]");
  await drawer.locator("[data-test=survey-total]").getByText("1").waitFor();
  const charts = drawer.locator("[data-test=survey-chart]");
  await charts.first().waitFor();
  assert.equal(await charts.count(), 2, "a chart per choice question");
  await drawer.locator("[data-test=survey-chart][data-rendered=true]").first().waitFor();
  await screenshot(page, "survey-3-console-results");
  assert.deepEqual(desk.errors, []);
});
