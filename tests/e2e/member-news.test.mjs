// The member H5 资讯 tab against the real API: the union publishes and pins a notice (its HTML carries a script and an
// event handler, which the server removes); a member finds it first under 通知公告 with the 置顶 badge, reads it, and the
// read is counted once.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { accessibilityViolations, adminPassword, api, launch, phone, screenshot, smsLogin, unique } from "./harness.mjs";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test("a member reads a pinned notice in 资讯, rendered without the script its author pasted", async () => {
  const tag = unique();
  const admin = (await api("POST", "/api/v1/admin/auth/login", { body: { username: "admin", password: adminPassword } })).accessToken;
  const older = await api("POST", "/api/v1/admin/articles", {
    token: admin, body: { category: "news", title: `劳模表彰大会召开${tag}`, summary: "表彰先进", bodyHtml: "<p>大会隆重召开。</p>" },
  });
  await api("POST", `/api/v1/admin/articles/${older.id}/publish`, { token: admin, body: {} });
  const notice = await api("POST", "/api/v1/admin/articles", {
    token: admin,
    body: {
      category: "notice", title: `关于开展职工体检的通知${tag}`, summary: "6月1日起分批体检",
      bodyHtml: `<p>各基层工会：</p><p><strong>体检时间</strong>：6月1日至6月30日。</p><ul><li>携带身份证</li></ul>`
        + `<script>window.__xss = 1</script><img src="https://invalid.example/x.png" alt="" onerror="window.__xss = 2">`,
    },
  });
  assert.doesNotMatch(notice.bodyHtml, /script|onerror/);
  await api("POST", `/api/v1/admin/articles/${notice.id}/publish`, { token: admin, body: {} });
  await api("POST", `/api/v1/admin/articles/${notice.id}/pin`, { token: admin, body: { pinned: true } });

  const page = await browser.newPage();
  await page.goto("/login");
  await page.evaluate(() => localStorage.clear());
  await smsLogin(page, phone());
  await page.locator("[data-test=tab-news]").click();
  await page.waitForURL((url) => url.pathname === "/news");

  const first = page.locator("[data-test=news-item]").first();
  await first.getByText(`关于开展职工体检的通知${tag}`).waitFor();
  await first.locator("[data-test=pinned-badge]").getByText("置顶").waitFor();
  await page.locator("[data-test=news-tabs]").getByRole("tab", { name: "通知公告" }).click();
  await page.locator("[data-test=news-item]").filter({ hasText: `关于开展职工体检的通知${tag}` }).waitFor();
  assert.equal(await page.locator("[data-test=news-item]").filter({ hasText: `劳模表彰大会召开${tag}` }).count(), 0, "news is not a notice");
  await screenshot(page, "member-news");
  assert.deepEqual(await accessibilityViolations(page, "/news"), [], "no serious or critical axe finding on 资讯");

  await page.locator("[data-test=news-item]").filter({ hasText: `关于开展职工体检的通知${tag}` }).click();
  await page.waitForURL((url) => url.pathname === `/news/${notice.id}`);
  const body = page.locator("[data-test=article-body]");
  await body.locator("strong").getByText("体检时间").waitFor();
  await body.locator("li").getByText("携带身份证").waitFor();
  assert.equal(await body.locator("script").count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined, "nothing the author pasted ran");
  await screenshot(page, "member-news-article");
  assert.deepEqual(await accessibilityViolations(page, `/news/${notice.id}`), [], "no serious or critical axe finding on the article");

  await page.reload();
  await body.locator("strong").getByText("体检时间").waitFor();
  const seen = await api("GET", `/api/v1/admin/articles/${notice.id}`, { token: admin });
  assert.equal(seen.readCount, 1, "opened twice by one member: one read");
  await page.close();
});
