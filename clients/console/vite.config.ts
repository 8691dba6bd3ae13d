import { fileURLToPath, URL } from "node:url";
import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

// Served by the API at /console/ (api/UnionHub.Api/Platform/ClientApps.cs). `npm run dev` proxies /api to ./dev run.
export default defineConfig({
  base: "/console/",
  plugins: [vue()],
  resolve: {
    alias: {
      "@unionhub/sdk": fileURLToPath(new URL("../sdk/src/index.ts", import.meta.url)),
      "@unionhub/shared": fileURLToPath(new URL("../shared/src/index.ts", import.meta.url)),
    },
  },
  build: {
    target: "es2020",
    chunkSizeWarningLimit: 1536,
    rollupOptions: {
      output: {
        // the two big libraries in their own long-cached chunks
        manualChunks: (id) => (id.includes("node_modules/element-plus") || id.includes("node_modules/@element-plus") ? "element-plus"
          : id.includes("node_modules/echarts") || id.includes("node_modules/zrender") ? "echarts" : undefined),
      },
    },
  },
  server: { proxy: { "/api": process.env.UNIONHUB_API_URL ?? "http://127.0.0.1:5080" } },
});
