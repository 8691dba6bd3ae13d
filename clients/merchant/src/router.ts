import { createRouter, createWebHistory } from "vue-router";
import { signedIn } from "./lib/session";
import LoginView from "./views/LoginView.vue";
import CashierLayout from "./views/CashierLayout.vue";
import RedeemView from "./views/RedeemView.vue";
import TodayView from "./views/TodayView.vue";
import SettlementView from "./views/SettlementView.vue";
import CardCheckView from "./views/CardCheckView.vue";

// The page is small: every view is in the one bundle, so switching tabs at the till never waits for a download.
export const router = createRouter({
  history: createWebHistory("/merchant/"),
  routes: [
    { path: "/login", name: "login", component: LoginView, meta: { public: true } },
    {
      path: "/",
      component: CashierLayout,
      children: [
        { path: "", name: "redeem", component: RedeemView },
        { path: "today", name: "today", component: TodayView },
        { path: "settlement", name: "settlement", component: SettlementView },
        { path: "card", name: "card", component: CardCheckView },
      ],
    },
    { path: "/:rest(.*)*", redirect: "/" },
  ],
});

router.beforeEach((to) => {
  if (!to.meta.public && !signedIn.value) return { name: "login" };
  if (to.name === "login" && signedIn.value) return { name: "redeem" };
  return true;
});
