import { fileURLToPath, URL } from "node:url";
import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

// Served by the API at /merchant/ (api/UnionHub.Api/Platform/ClientApps.cs). `npm run dev` proxies /api to ./dev run.
export default defineConfig({
  base: "/merchant/",
  plugins: [vue()],
  resolve: {
    alias: {
      "@unionhub/sdk": fileURLToPath(new URL("../sdk/src/index.ts", import.meta.url)),
      "@unionhub/shared": fileURLToPath(new URL("../shared/src/index.ts", import.meta.url)),
    },
  },
  build: { target: "es2020", chunkSizeWarningLimit: 1024 },
  server: { proxy: { "/api": process.env.UNIONHUB_API_URL ?? "http://127.0.0.1:5080" } },
});
