import { ref } from "vue";
import { ApiError, UnionHubClient, browserStorage, describeError, merchantApi, storageTokenStore, type MerchantMe } from "@unionhub/sdk";
import { router } from "../router";

/** Whether a cashier's tokens are kept (localStorage): the session survives a reload. */
export const signedIn = ref(false);
/** The cashier's merchant, once GET /merchant/me answered. */
export const merchant = ref<MerchantMe | null>(null);
export const merchantError = ref("");
/** Shown on the login page: a refused login, a staff user who is no cashier, an expired session. */
export const loginError = ref("");

/** The one API client of the page: same origin, tokens in localStorage, back to the login page when the session ends. */
export const client = new UnionHubClient({
  tokens: storageTokenStore(browserStorage(), "unionhub.merchant.tokens"),
  onSessionExpired: () => signOut("登录已过期，请重新登录"),
});
export const api = merchantApi(client);
signedIn.value = client.isSignedIn;

/** Loads the cashier's merchant; a staff user who is not a merchant's cashier is signed out again. */
export async function loadMerchant(): Promise<void> {
  merchantError.value = "";
  try {
    merchant.value = await api.me();
  } catch (e) {
    if (e instanceof ApiError && e.status === 403) signOut("该账号不是商户收银员账号");
    else merchantError.value = describeError(e);
  }
}

/** Forgets the tokens and the merchant and shows the login page (with `message`, when given). */
export function signOut(message = ""): void {
  client.tokens.clear();
  signedIn.value = false;
  merchant.value = null;
  loginError.value = message;
  if (router.currentRoute.value.name !== "login") void router.replace({ name: "login" });
}
