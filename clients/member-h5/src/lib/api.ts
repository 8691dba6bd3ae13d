import { UnionHubClient, browserStorage, memberApi, storageTokenStore } from "@unionhub/sdk";
import { router } from "../router";

/** The one API client of the app: same origin, tokens in localStorage, back to login when the session ends. */
export const client = new UnionHubClient({
  baseUrl: "",
  tokens: storageTokenStore(browserStorage(), "unionhub.member.tokens"),
  onSessionExpired: () => {
    const here = router.currentRoute.value;
    if (here.name !== "login") void router.replace({ name: "login", query: { redirect: here.fullPath } });
  },
});

export const api = memberApi(client);
