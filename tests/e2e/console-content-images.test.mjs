// 内容管理 → 本文图片: staff delete an uploaded content image from the article editor, after a confirm dialog. An image a
// published article shows is refused (409 content.image_in_use) and the problem's message is shown; an image only a draft uses
// is deleted, the API no longer serves it and the draft's cover no longer names it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { adminPassword, api, baseUrl, consoleLogin, field, launch, pngImage, screenshot, unique } from "./harness.mjs";

let desk;
before(async () => { desk = await launch({ desktop: true }); });
after(async () => { await desk?.close(); });

const imageStatus = async (url) => (await fetch(baseUrl + url)).status;

async function confirmDelete(page, id, { cancel = false } = {}) {
  await page.locator(`[data-test=image-delete-${id}]`).click();
  const box = page.locator(".el-message-box", { hasText: "删除图片" });
  await box.waitFor();
  await box.getByRole("button", { name: cancel ? "取消" : "删除" }).click();
  await box.waitFor({ state: "hidden" });
}

test("a content image is deleted from the editor after a confirm, and refused with the problem's message while a published article shows it", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  // a published article whose body shows an image uploaded through the API
  const uploaded = await fetch(`${baseUrl}/api/v1/admin/content/images`, {
    method: "POST", headers: { Authorization: `Bearer ${admin}`, "Content-Type": "image/png" }, body: await pngImage(64),
  }).then(async (r) => { assert.equal(r.status, 201, await r.clone().text()); return r.json(); });
  const article = await api("POST", "/api/v1/admin/articles", { token: admin, body: {
    category: "news", title: `职工书屋开放${tag}`, bodyHtml: `<p>书屋今日开放。</p><p><img src="${uploaded.url}" alt="书屋"></p>` } });
  await api("POST", `/api/v1/admin/articles/${article.id}/publish`, { token: admin, body: { publishAt: null } });

  const page = await desk.newPage();
  await consoleLogin(page, "admin", adminPassword, "admin（超级管理员）");
  await page.goto("/console/content");
  await page.getByRole("heading", { name: "内容管理" }).waitFor();

  // --- refused: the published article shows it
  await page.locator(".el-table__row", { hasText: article.title }).getByRole("button", { name: "编辑" }).click();
  await page.locator(`[data-test=draft-image-${uploaded.id}]`).waitFor();
  await confirmDelete(page, uploaded.id, { cancel: true }); // the confirm guards: cancelled, nothing sent
  assert.equal(await page.locator("[data-test=image-error]").count(), 0);
  await confirmDelete(page, uploaded.id);
  const refusal = page.locator("[data-test=image-error]");
  await refusal.getByText("已发布或定时发布的文章仍在使用这张图片", { exact: false }).waitFor();
  assert.match(await refusal.innerText(), /content\.image_in_use/);
  assert.match(await refusal.innerText(), new RegExp(article.id));
  await screenshot(page, "console-content-image-1-in-use");
  assert.equal(await imageStatus(uploaded.url), 200, "still served");
  await page.locator(".el-dialog", { hasText: "编辑文章" }).getByRole("button", { name: "取消" }).click();

  // --- deleted: a new draft's cover uploaded in the editor, then deleted before saving
  await page.locator("[data-test=article-new]").click();
  await page.locator("[data-test=cover-upload] input[type=file]").setInputFiles({ name: "封面.png", mimeType: "image/png", buffer: await pngImage(56) });
  await page.getByText("封面已上传").first().waitFor();
  const coverUrl = await field(page, "article-cover").inputValue();
  const coverId = /\/api\/v1\/content\/images\/(\d+)$/.exec(coverUrl)?.[1];
  assert.ok(coverId, coverUrl);
  assert.equal(await imageStatus(coverUrl), 200);
  await confirmDelete(page, coverId);
  await page.getByText("图片已删除").first().waitFor();
  await page.locator(`[data-test=draft-image-${coverId}]`).waitFor({ state: "detached" });
  assert.equal(await field(page, "article-cover").inputValue(), "", "the draft no longer names the deleted image");
  assert.equal(await page.locator("[data-test=image-error]").count(), 0);
  await screenshot(page, "console-content-image-2-deleted");
  assert.equal(await imageStatus(coverUrl), 404, "the API no longer serves it");
  const audit = (await api("GET", `/api/v1/admin/audit?entity=content_image&entityId=${coverId}`, { token: admin })).items;
  assert.equal(audit.filter((a) => a.action === "content.image_delete").length, 1, JSON.stringify(audit));
  assert.deepEqual(desk.errors, []);
});
