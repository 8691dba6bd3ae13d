// Legal aid in the member app against the real API: the member applies with documents from the camera and the album
// (upload progress, a failed upload retried), staff accept the case and assign a panel lawyer through the API, and the
// member sees the stage, the lawyer's name and office phone and the note addressed to them; an application not yet
// accepted is withdrawn from the app. (README's legal aid screen: docs/screenshots/member-legal-aid.png is a copy of
// screenshots/legal-aid-3-case-assigned.png.)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  accessibilityViolations, adminPassword, api, baseUrl, creditCode, idNumber, launch, pdfDocument, phone, pngImage, screenshot, smsLogin, unique,
  uploadRoster,
} from "./harness.mjs";

let browser;
const s = {};
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("set-up: a verified member, a staff account of their organisation and a panel lawyer", async () => {
  const admin = s.admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const org = await api("POST", "/api/v1/admin/orgs", { token: admin, body: { name: `区总工会 ${unique()}` } });
  const credit = creditCode();
  await api("POST", "/api/v1/admin/enterprises", { token: admin, body: { name: `第七建筑公司 ${unique()}`, creditCode: credit, orgId: org.id } });
  s.id = idNumber("19780902");
  s.mobile = phone();
  await uploadRoster(admin, org.id, `name,idNumber,enterpriseCreditCode,phone\n刘德胜,${s.id},${credit},${s.mobile}\n`);
  const lawyerUser = await api("POST", "/api/v1/admin/users", { token: admin,
    body: { username: `lawyer.${unique()}`, password: "a long lawyer password", role: "lawyer" } });
  s.lawyerPhone = phone();
  s.lawyer = await api("POST", "/api/v1/admin/legal-aid/lawyers", { token: admin, body: {
    staffUserId: lawyerUser.id, name: "王建国", firm: "北京市维权律师事务所", licenceNo: `11101202010${String(Date.now()).slice(-6)}`, phone: s.lawyerPhone } });

  const page = s.page = await browser.newPage();
  await smsLogin(page, s.mobile);
  s.token = JSON.parse(await page.evaluate(() => localStorage.getItem("unionhub.member.tokens"))).accessToken;
  await api("POST", "/api/v1/me/real-name", { token: s.token, body: { name: "刘德胜", idNumber: s.id } });
});

test("the member applies with two documents; a failed upload is retried; the case opens with its deadline", async () => {
  const page = s.page;
  await page.goto("/me");
  await page.locator("[data-test=to-legal-aid]").click();
  await page.waitForURL((url) => url.pathname === "/legal-aid");
  await page.locator("[data-test=legal-cases-empty]").waitFor();
  await page.locator("[data-test=to-legal-aid-apply]").click();
  await page.waitForURL((url) => url.pathname === "/legal-aid/apply");

  // instant checks before any request
  await page.locator("[data-test=submit-legal-aid]").click();
  await page.getByText("请选择纠纷类型").waitFor();
  await page.getByText("请填写用人单位名称").waitFor();

  await page.locator("[data-test=dispute-type]").getByText("拖欠工资").click();
  await page.locator("[data-test=employer] input").fill("某某建筑劳务有限公司");
  await page.locator("[data-test=amount] input").fill("35000");
  await page.locator("[data-test=description] textarea").fill("2026 年 3 月至 8 月在工地务工，工资共 3.5 万元至今未发，多次讨要无果。");
  // the album (several files) and the camera input (capture) each take a document
  await page.locator("[data-test=pick-album] input[type=file]").setInputFiles({ name: "工资条.png", mimeType: "image/png", buffer: await pngImage() });
  await page.locator("[data-test=pick-camera] input[type=file]").setInputFiles({ name: "劳动合同.pdf", mimeType: "application/pdf", buffer: pdfDocument() });
  assert.equal(await page.locator("[data-test=document-item]").count(), 2);
  assert.equal(await page.locator("[data-test=pick-camera] input").getAttribute("capture"), "environment");
  await page.locator("[data-test=documents]").scrollIntoViewIfNeeded();
  await screenshot(page, "legal-aid-1-apply");

  // the first upload dies on the network; the second is held a moment so its progress bar shows
  let uploads = 0;
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/api/v1/me/legal-aid/cases/*/documents", async (route) => {
    uploads += 1;
    if (uploads === 1) return route.abort("connectionreset");
    if (uploads === 2) await held;
    return route.continue();
  });
  await page.locator("[data-test=submit-legal-aid]").click();
  await page.locator("[data-test=upload-progress]").waitFor();
  release();
  const failed = page.locator("[data-test=document-item]", { hasText: "工资条.png" });
  await failed.getByText("上传失败").waitFor();
  await page.locator("[data-test=document-item]", { hasText: "劳动合同.pdf" }).getByText("已上传").waitFor();
  await page.locator("[data-test=apply-partly-done]").waitFor();
  await page.locator(".van-notify").waitFor({ state: "hidden" });
  await screenshot(page, "legal-aid-2-upload-failed-retry");
  await failed.locator("[data-test=retry-upload]").click();

  await page.waitForURL((url) => /^\/legal-aid\/\d+$/.test(url.pathname));
  await page.unroute("**/api/v1/me/legal-aid/cases/*/documents");
  s.caseId = new URL(page.url()).pathname.split("/").pop();
  await page.locator("[data-test=legal-case-status]").getByText("待受理").waitFor();
  await page.locator("[data-test=legal-case-deadline]").getByText(/工会将于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 前答复是否受理/).waitFor();
  await page.locator("[data-test=legal-case-documents]").getByText("证据材料（2）").waitFor();

  // the database agrees: one case, submitted, both documents (each sent once)
  const staffView = await api("GET", `/api/v1/admin/legal-aid/cases/${s.caseId}?reason=${encodeURIComponent("核对受理信息")}`, { token: s.admin });
  assert.equal(staffView.status, "submitted");
  assert.equal(staffView.disputeType, "wage_arrears");
  assert.equal(staffView.amountAtStakeFen, 3_500_000);
  assert.deepEqual(staffView.documents.map((d) => d.contentType).sort(), ["application/pdf", "image/png"]);
  assert.equal(uploads, 3, "the PDF once, the PNG twice (failed, retried)");
  assert.deepEqual(browser.errors, []);
});

test("staff accept and assign through the API; the member sees the stage, the lawyer and the note", async () => {
  await api("POST", `/api/v1/admin/legal-aid/cases/${s.caseId}/accept`, { token: s.admin });
  await api("POST", `/api/v1/admin/legal-aid/cases/${s.caseId}/assignment`, { token: s.admin, body: { lawyerId: s.lawyer.id } });
  await api("POST", `/api/v1/admin/legal-aid/cases/${s.caseId}/notes`, { token: s.admin,
    body: { text: "王律师将于本周五上午 9 点在区总工会法律服务站与您面谈，请携带身份证和工资条原件。" } });

  const page = s.page;
  await page.reload();
  await page.locator("[data-test=legal-case-status]").getByText("咨询").waitFor();
  const lawyer = page.locator("[data-test=legal-case-lawyer]");
  await lawyer.getByText("王*国 律师").waitFor();
  await lawyer.getByText("北京市维权律师事务所").waitFor();
  assert.equal(await lawyer.locator("[data-test=lawyer-phone]").getAttribute("href"), `tel:${s.lawyerPhone}`);
  await page.locator("[data-test=legal-case-notes]").getByText("请携带身份证和工资条原件").waitFor();
  assert.equal(await page.locator("[data-test=legal-case-stages] .van-step--process").innerText(), "咨询");
  const steps = await page.locator("[data-test=legal-case-step] .step-title").allInnerTexts();
  assert.deepEqual(steps, ["律师或工会更新了进展", "已指派援助律师", "工会已受理，进入咨询阶段", "提交法律援助申请"]);
  assert.equal(await page.locator("[data-test=withdraw-legal-aid]").count(), 0, "no withdrawal once accepted");
  await screenshot(page, "legal-aid-3-case-assigned");
  const found = await accessibilityViolations(page, `normal /legal-aid/${s.caseId}`);
  await page.goto("/legal-aid");
  await page.locator("[data-test=legal-case]").getByText("咨询").waitFor();
  found.push(...await accessibilityViolations(page, "normal /legal-aid"));
  await screenshot(page, "legal-aid-4-my-cases");
  assert.deepEqual(found, [], `axe-core findings:\n${found.join("\n")}`);
  assert.deepEqual(browser.errors, []);
});

test("an application not yet accepted is withdrawn from the app; staff can no longer accept it", async () => {
  const created = await api("POST", "/api/v1/legal-aid/cases", { token: s.token, headers: { "Idempotency-Key": crypto.randomUUID() },
    body: { disputeType: "dismissal", employerName: "某某物业服务有限公司", amountAtStakeFen: 0, description: "被口头辞退，未给补偿。" } });
  const page = s.page;
  await page.goto(`/legal-aid/${created.id}`);
  await page.locator("[data-test=legal-case-status]").getByText("待受理").waitFor();
  await page.locator("[data-test=withdraw-legal-aid]").click();
  await page.locator(".van-dialog").getByRole("button", { name: "撤回" }).click();
  await page.locator("[data-test=legal-case-status]").getByText("已撤回").waitFor();
  await page.locator("[data-test=legal-case-step] .step-title").first().getByText("您已撤回申请").waitFor();
  await page.locator(".van-toast").waitFor({ state: "hidden" });
  await screenshot(page, "legal-aid-5-withdrawn");
  const accept = await fetch(`${baseUrl}/api/v1/admin/legal-aid/cases/${created.id}/accept`,
    { method: "POST", headers: { Authorization: `Bearer ${s.admin}` } });
  assert.equal(accept.status, 409);
  assert.equal((await accept.json()).code, "legal_case.not_submitted");
  assert.deepEqual(browser.errors, []);
});
