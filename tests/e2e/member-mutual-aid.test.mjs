// Mutual-aid cover in the member app against the real API: a union opens a plan (through the API), the member enrols from
// 我的 → 互助保障, sees and prints the certificate, files a claim with a document, and sees it awaiting review; staff approve it
// through the API and the member sees the approved amount and what is left on the certificate.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  accessibilityViolations, adminPassword, api, consoleLogin, consoleTab, creditCode, idNumber, launch, pdfDocument, phone, screenshot, smsLogin, unique,
  uploadRoster,
} from "./harness.mjs";

let browser;
let desk;
const s = {};
before(async () => { browser = await launch(); desk = await launch({ desktop: true }); });
after(async () => { await browser?.close(); await desk?.close(); });

const chinaDate = (days = 0) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

test("set-up: a verified member and an open plan of their organisation", async () => {
  const admin = s.admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `区总工会 ${unique()}` } });
  const credit = creditCode();
  await api("POST", "/api/v1/admin/enterprises", { token: admin, body: { name: `快递服务公司 ${unique()}`, creditCode: credit, orgId: org.id } });
  s.id = idNumber("19880512");
  s.mobile = phone();
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n周小川,${s.id},${credit},${s.mobile}\n`);
  // the relief fund that pays the plan's claims (closed to relief applications: its window is over)
  const fund = await api("POST", "/api/v1/admin/funds", { token: admin, body: {
    name: `互助保障理赔资金 ${unique()}`, kind: "mutual_aid", year: Number(chinaDate().slice(0, 4)), budgetFen: 100_000_000, maxGrantFen: 2_000_000,
    opensAt: "2020-01-01T00:00:00+08:00", closesAt: "2020-01-02T00:00:00+08:00", orgId: org.id } });
  // the cover's dates are fixed here, once: the certificate is checked against them later, maybe after midnight in China
  s.coversFrom = chinaDate(-10);
  s.coversTo = chinaDate(355);
  s.plan = await api("POST", "/api/v1/admin/mutual-aid/plans", { token: admin, body: {
    fundId: fund.id, name: `新就业形态劳动者互助保障 ${unique()}`, coversFrom: s.coversFrom, coversTo: s.coversTo, priceFen: 0, paidBy: "union", status: "open",
    orgId: org.id, benefits: [{ eventType: "accident", capFen: 2_000_000 }, { eventType: "hospitalisation", capFen: 500_000 }] } });

  const page = s.page = await browser.newPage();
  await smsLogin(page, s.mobile);
  s.token = JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken;
  await api("POST", "/api/v1/me/real-name", { token: s.token, body: { name: "周小川", idNumber: s.id } });
});

test("the member enrols and gets a printable certificate", async () => {
  const page = s.page;
  await page.goto("/me");
  await page.locator("[data-test=to-mutual-aid]").click();
  await page.waitForURL((url) => url.pathname === "/mutual-aid");
  const plan = page.locator("[data-test=mutual-aid-plan]", { hasText: s.plan.name });
  await plan.getByText("意外伤害：最高 20000.00 元").waitFor();
  await page.locator("[data-test=mutual-aid-claims-empty]").waitFor();
  await screenshot(page, "mutual-aid-1-plans");
  await plan.locator("[data-test=mutual-aid-enrol]").click();
  await page.waitForURL((url) => /^\/mutual-aid\/enrolments\/\d+$/.test(url.pathname));
  s.enrolmentId = new URL(page.url()).pathname.split("/").pop();
  const certificate = page.locator("[data-test=mutual-aid-certificate]");
  await certificate.getByText("周*川").waitFor();
  assert.match(await page.locator("[data-test=certificate-no]").innerText(), /^HZ\d{4}-\d{8}$/);
  await certificate.getByText(`${s.coversFrom} 至 ${s.coversTo}`).waitFor();
  await screenshot(page, "mutual-aid-2-certificate");
  const found = await accessibilityViolations(page, `/mutual-aid/enrolments/${s.enrolmentId}`);
  assert.deepEqual(found, []);

  // back on the list the plan shows as enrolled; enrolling again through the API is refused
  await page.goto("/mutual-aid");
  await page.locator("[data-test=mutual-aid-certificate-link]").waitFor();
  const again = await fetch(new URL("/api/v1/mutual-aid/enrolments", page.url()), {
    method: "POST", headers: { authorization: `Bearer ${s.token}`, "content-type": "application/json" }, body: JSON.stringify({ planId: s.plan.id }),
  });
  assert.equal(again.status, 409);
});

test("the member files a claim with a document; staff approve it and the certificate shows what is left", async () => {
  const page = s.page;
  await page.goto(`/mutual-aid/enrolments/${s.enrolmentId}`);
  await page.locator("[data-test=to-mutual-aid-claim]").click();
  await page.waitForURL((url) => url.pathname.endsWith("/claim"));
  await page.locator("[data-test=submit-mutual-aid-claim]").click();
  await page.getByText("请选择出险类型").waitFor();

  await page.locator("[data-test=event-type]").getByText(/意外伤害/).click();
  await page.locator("[data-test=event-on] input").fill(chinaDate(-2));
  await page.locator("[data-test=claim-amount] input").fill("3500");
  await page.locator("[data-test=claim-description] textarea").fill("送餐途中电动车被撞，右腿骨折，住院治疗 5 天。");
  await page.locator("[data-test=pick-album] input[type=file]").setInputFiles({ name: "诊断证明.pdf", mimeType: "application/pdf", buffer: pdfDocument() });
  await screenshot(page, "mutual-aid-3-claim-form");
  await page.locator("[data-test=submit-mutual-aid-claim]").click();
  await page.waitForURL((url) => url.pathname === "/mutual-aid");
  const claim = page.locator("[data-test=mutual-aid-claim]");
  await claim.getByText("待审核").waitFor();
  await claim.getByText(/申请 3500.00 元/).waitFor();

  const queue = await api("GET", "/api/v1/admin/mutual-aid/claims?status=submitted", { token: s.admin });
  const mine = queue.items.find((c) => c.enrolmentId === s.enrolmentId);
  assert.ok(mine, "the claim is in the review queue");
  const detail = await api("GET", `/api/v1/admin/mutual-aid/claims/${mine.id}?reason=${encodeURIComponent("理赔审核")}`, { token: s.admin });
  assert.equal(detail.documents.length, 1);
  assert.match(detail.claim.description, /右腿骨折/);
  await api("POST", `/api/v1/admin/mutual-aid/claims/${mine.id}/approve`, { token: s.admin, body: { approvedFen: 300_000 } });

  await page.reload();
  await claim.getByText("已核准，待支付").waitFor();
  await claim.getByText(/核准 3000.00 元/).waitFor();
  await screenshot(page, "mutual-aid-4-claim-approved");
  await page.goto(`/mutual-aid/enrolments/${s.enrolmentId}`);
  await page.locator("[data-test=mutual-aid-certificate] tr", { hasText: "意外伤害" }).getByText("17000.00").waitFor();
  assert.deepEqual(browser.errors, []);
});

test("a reviewer rejects a claim in the console; the member's inbox gives the reason and opens the claim", async () => {
  const claim = await api("POST", "/api/v1/me/mutual-aid/claims", { token: s.token, body: {
    enrolmentId: s.enrolmentId, eventType: "hospitalisation", eventOn: chinaDate(-1), askedFen: 80_000, description: "胃炎住院两天" } });
  const reviewer = { username: `ma.rev.${unique()}`, password: "a long enough reviewer password" };
  await api("POST", "/api/v1/admin/users", { token: s.admin, body: { ...reviewer, role: "reviewer" } });

  // the fund office sees only the claims queue of 互助保障 and rejects with a reason
  const page = await consoleTab(desk);
  await consoleLogin(page, reviewer.username, reviewer.password);
  await page.goto("/console/mutual-aid");
  await page.getByRole("tab", { name: "理赔审核" }).waitFor();
  assert.equal(await page.getByRole("tab", { name: "保障计划" }).count(), 0, "plans are not the reviewer's");
  await page.getByRole("button", { name: `驳回理赔 ${claim.id}` }).click();
  const box = page.locator(".el-message-box");
  await box.locator("input").fill("住院未满三天，不在住院医疗保障范围");
  await screenshot(page, "console-mutual-aid-reviewer-reject");
  await box.getByRole("button", { name: /OK|确定|确认/ }).click();
  await page.locator(".el-message").getByText("已驳回").waitFor();
  assert.deepEqual(desk.errors, []);

  // the member: the notice names the reason, and its link opens the claim on the mutual-aid page
  const phonePage = s.page;
  await phonePage.goto("/me/inbox");
  const notice = phonePage.locator("[data-test=notice]").filter({ hasText: "互助保障理赔未获核准" });
  await notice.getByText("原因：住院未满三天，不在住院医疗保障范围", { exact: false }).waitFor();
  await notice.click();
  await phonePage.locator(".van-dialog").getByText("查看详情").click();
  await phonePage.waitForURL((url) => url.pathname === "/mutual-aid" && url.searchParams.get("claim") === claim.id);
  const opened = phonePage.locator(`#claim-${claim.id}`);
  assert.equal(await opened.getAttribute("aria-current"), "true");
  await opened.getByText("未通过原因：住院未满三天，不在住院医疗保障范围").waitFor();
  await screenshot(phonePage, "mutual-aid-5-notice-opens-claim");
  assert.deepEqual(await accessibilityViolations(phonePage, "/mutual-aid?claim"), []);
  assert.deepEqual(browser.errors, []);
});
