// Flat ESLint config: Next's core-web-vitals (React, hooks, jsx-a11y, import) plus its TypeScript rules.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "src/generated/**",
    "tools/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
