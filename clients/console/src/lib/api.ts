import { ApiError, UnionHubClient, browserStorage, describeError, describeStaffError, storageTokenStore, toApiError, type Transport } from "@unionhub/sdk";
import { createAsync } from "@unionhub/shared";
import { saveBlob } from "./csv";
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

/** Logs in; `passwordChangeRequired`: a one-time password (after a reset) that must be changed before anything else. */
export async function staffLogin(username: string, password: string): Promise<{ passwordChangeRequired: boolean }> {
  const tokens = await client.post("/api/v1/admin/auth/login", { body: { username, password }, auth: false });
  if (!tokens?.accessToken) throw new ApiError({ status: 500, code: "response.malformed" });
  client.signIn({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken ?? null, expiresIn: tokens.expiresIn, roles: tokens.roles ?? [] });
  browserStorage().setItem("unionhub.console.user", username);
  sessionExpired.value = false;
  return { passwordChangeRequired: tokens.passwordChangeRequired ?? false };
}

/** Changes the signed-in user's password; the change ends every session, so this logs in again with the new one. */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  await client.post("/api/v1/admin/me/password", { body: { currentPassword, newPassword }, idempotent: true });
  await staffLogin(userName(), newPassword);
}

export async function staffLogout(): Promise<void> {
  browserStorage().removeItem("unionhub.console.user");
  await client.signOut();
}

/** The message for an error, with its problem `code` (and the field errors of a 422) for staff to quote. */
export function errorText(e: unknown): string {
  if (!(e instanceof ApiError)) return describeError(e);
  const message = describeStaffError(e);
  // the server's field messages are English: staff see which fields to correct, and the code to quote
  const fields = e.errors ? Object.keys(e.errors).join("、") : "";
  return `${message}${fields ? `（需更正：${fields}）` : ""} [${e.code}]`;
}

/** Loading / error / data of one load and cursor-paged lists, with errors shown by `errorText` (code included). */
export const { useAsync, usePaged } = createAsync(errorText);

/**
 * Why a screen reads a member's personal data: the API requires a reason on every such read (`?reason=`, 400
 * access.reason_required without one) and keeps it in the audit log beside who read what. One fixed purpose per screen.
 */
export const accessReason = {
  application: "帮扶申请审核",
  household: "困难职工档案管理",
  declaration: "困难帮扶申报审核",
  legalCase: "法律援助案件办理",
  payee: "帮扶资金拨付核对收款账户",
} as const;

/** A path with the screen's access reason as its `reason` query parameter (for downloads, which bypass the client). */
export const withReason = (path: string, reason: string) => `${path}?reason=${encodeURIComponent(reason)}`;

export const errorCode = (e: unknown) => (e instanceof ApiError ? e.code : "");

/**
 * Downloads a binary answer (a case-file document, a PDF letter) with the session's access token and saves it. The
 * SDK reads answers as text, so this goes through fetch; after a 401 it lets `refresh` (any JSON call through the
 * client, which renews the token) run once and tries again.
 */
export async function downloadFile(path: string, fileName: string, refresh: () => Promise<unknown>): Promise<void> {
  const get = () => fetch(path, { headers: { Authorization: `Bearer ${tokenStore.get()?.accessToken ?? ""}` } });
  let response = await get();
  if (response.status === 401) { await refresh(); response = await get(); }
  if (!response.ok) {
    const headers: Record<string, string> = {};
    response.headers.forEach((v, k) => { headers[k] = v; });
    throw toApiError(response.status, headers, await response.text());
  }
  saveBlob(await response.blob(), fileName);
}
