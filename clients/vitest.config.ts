import { fileURLToPath, URL } from "node:url";
import { defineConfig } from "vitest/config";

// One vitest run for the whole workspace: the SDK, the shared helpers and the apps' pure logic (no DOM needed).
export default defineConfig({
  resolve: {
    alias: {
      "@unionhub/sdk": fileURLToPath(new URL("./sdk/src/index.ts", import.meta.url)),
      "@unionhub/shared": fileURLToPath(new URL("./shared/src/index.ts", import.meta.url)),
    },
  },
  test: {
    include: ["sdk/test/**/*.test.ts", "shared/test/**/*.test.ts", "member-h5/src/**/*.test.ts", "merchant/src/**/*.test.ts", "console/src/**/*.test.ts"],
    environment: "node",
  },
});
