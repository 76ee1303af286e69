import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The property tests' seed: random, or KINSAFE_FC_SEED (CI) for a reproducible run.
    setupFiles: ["tests/setup/fastCheck.ts"],
    exclude: ["tests/package/**", "node_modules/**"],
    // Speed is measured in bench/, not here: a test's time limit only stops a hang. Worker
    // threads started through tsx and the property tests can take several seconds on a busy
    // two-core machine.
    testTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ["tests/**/*.test-d.ts"],
      tsconfig: "./tsconfig.test.json",
    },
  },
});
