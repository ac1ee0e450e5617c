import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "packages/*/test/**/*.test.ts",
      "functions/**/*.test.ts",
      "stacks/test/**/*.test.ts",
      "web/test/**/*.test.ts",
    ],
    // One DynamoDB Local JVM and one local cloud for the whole run; each test file gets its own table
    // (core tests) or its own tenants (API tests), so files run in parallel safely.
    globalSetup: ["packages/local/test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", SCRYPT_LOG2_N: "14" },
  },
});
