import { ApiError, UnionHubClient, browserStorage, describeError, storageTokenStore, type Transport } from "@unionhub/sdk";
import { ref } from "vue";

const tokenStore = storageTokenStore(browserStorage(), "unionhub.console.tokens");

/** Set when a refresh failed: the layout sends the user back to the login page. */
export const sessionExpired = ref(false);

function newClient(transport?: Transport) {
  return new UnionHubClient({
    baseUrl: "",
    tokens: tokenStore,
    transport,
    onSessionExpired: () => { sessionExpired.value = true; },
  });
}

/** The one API client of the console: same origin, tokens in localStorage, refreshed on 401. */
export const client = newClient();

/** A client sharing the session but sending through another transport (an upload with progress). */
export const clientWith = (transport: Transport) => newClient(transport);

export type Role = "super_admin" | "org_admin" | "reviewer" | "merchant_staff" | "lawyer" | "enterprise_contact" | string;

/** The roles of the signed-in staff user, as the login answered them. */
export function roles(): Role[] {
  return tokenStore.get()?.roles ?? [];
}

export const hasRole = (...wanted: Role[]) => roles().some((r) => wanted.includes(r));

/** The user name kept beside the tokens (the token answer has none). */
export function userName(): string {
  return browserStorage().getItem("unionhub.console.user") ?? "";
}

export async function staffLogin(username: string, password: string): Promise<void> {
  const tokens = await client.post("/api/v1/admin/auth/login", { body: { username, password }, auth: false });
  if (!tokens?.accessToken) throw new ApiError({ status: 500, code: "response.malformed" });
  client.signIn({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken ?? null, expiresIn: tokens.expiresIn, roles: tokens.roles ?? [] });
  browserStorage().setItem("unionhub.console.user", username);
  sessionExpired.value = false;
}

export async function staffLogout(): Promise<void> {
  browserStorage().removeItem("unionhub.console.user");
  await client.signOut();
}

/** Messages for the staff-side codes the SDK's member-facing list does not carry. */
export const staffMessagesZh: Readonly<Record<string, string>> = {
  "auth.account_locked": "账号因多次密码错误已暂时锁定，请稍后再试",
  "enterprise.duplicate": "该统一社会信用代码的企业已登记",
  "enterprise.not_found": "企业不存在，或不在您管辖的组织内",
  "merchant.invalid_credit_code": "统一社会信用代码不正确",
  "merchant.duplicate": "该统一社会信用代码的商户已登记",
  "org.root_requires_super_admin": "只有超级管理员可以创建顶级组织，请选择上级组织",
  "org.too_deep": "组织层级过深，不能再向下创建",
  "roster.empty": "名册文件是空的",
  "roster.invalid_header": "名册表头不正确，应为 name,idNumber,enterpriseCreditCode,phone",
  "roster.upload_interrupted": "上传中断：已提交的行已导入，其余行未导入，请重新上传",
  "perk.not_code_pool": "该福利不是电影票，不能上传兑换码",
  "user.username_taken": "该用户名已被使用",
  "request.bad_cursor": "分页参数已失效，请刷新页面",
  "idempotency.invalid_key": "请求标识无效，请刷新页面后重试",
  "redemption.not_found": "核销记录不存在",
};

/** The message for an error, with its problem `code` (and the field errors of a 422) for staff to quote. */
export function errorText(e: unknown): string {
  if (!(e instanceof ApiError)) return describeError(e);
  const message = staffMessagesZh[e.code] ?? describeError(e);
  // the server's field messages are English: staff see which fields to correct, and the code to quote
  const fields = e.errors ? Object.keys(e.errors).join("、") : "";
  return `${message}${fields ? `（需更正：${fields}）` : ""} [${e.code}]`;
}

export const errorCode = (e: unknown) => (e instanceof ApiError ? e.code : "");
