import { createRouter, createWebHistory } from "vue-router";
import { client, roles } from "./lib/api";
import { sections, visibleSections } from "./nav";

export const router = createRouter({
  history: createWebHistory("/console/"),
  routes: [
    { path: "/login", name: "login", component: () => import("./views/LoginView.vue") },
    {
      path: "/",
      component: () => import("./views/LayoutView.vue"),
      children: [
        { path: "", name: "home", redirect: () => ({ name: visibleSections(roles())[0]?.name ?? "login" }) },
        ...sections.map((s) => ({ path: s.path, name: s.name, component: s.page, meta: { title: s.title, roles: s.roles } })),
      ],
    },
    { path: "/:rest(.*)*", redirect: "/" },
  ],
});

router.beforeEach((to) => {
  if (to.name === "login") return true;
  if (!client.isSignedIn) return { name: "login", query: to.fullPath !== "/" ? { redirect: to.fullPath } : {} };
  const allowed = to.meta.roles as readonly string[] | undefined;
  if (allowed && !allowed.some((r) => roles().includes(r))) return { name: "home" };
  return true;
});

router.afterEach((to) => {
  document.title = to.meta.title ? `${String(to.meta.title)} - 工会工作台` : "工会工作台";
});
