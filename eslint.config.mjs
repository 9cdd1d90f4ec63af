// Flat ESLint config: Next's core-web-vitals (React, hooks, jsx-a11y, import) plus its TypeScript rules.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const layerMessage = "see CONVENTIONS' house: data flows route → action → src/server use case → Prisma";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // The layers. Shared UI (src/components) and code that runs anywhere (src/lib) never reach into the server
  // or the database: they get data and types from their callers, and vocabularies from src/lib.
  {
    files: ["src/components/**", "src/lib/**"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: ["./src/components", "./src/lib"], from: "./src/server", message: `no server code here: ${layerMessage}` },
            {
              target: ["./src/components", "./src/lib"],
              from: "./src/generated",
              message: `no Prisma client or its types here: ${layerMessage}`,
            },
          ],
        },
      ],
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@prisma/*", "pg", "server-only"], message: `no database access here: ${layerMessage}` }] },
      ],
    },
  },
  // Server code (use cases, the database, mail) never renders: no React, no client navigation, no JSX.
  // next/navigation's redirect()/forbidden()/notFound() stay allowed: they are how the app side answers.
  {
    files: ["src/server/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "react", message: `src/server never imports React: ${layerMessage}` },
            {
              name: "next/navigation",
              importNames: [
                "useRouter",
                "usePathname",
                "useSearchParams",
                "useParams",
                "useSelectedLayoutSegment",
                "useSelectedLayoutSegments",
                "useServerInsertedHTML",
              ],
              message: `client navigation hooks belong in components: ${layerMessage}`,
            },
          ],
          patterns: [
            { group: ["react/*", "react-dom", "react-dom/*"], message: `src/server never imports React: ${layerMessage}` },
            {
              group: ["next/link", "next/image", "next/script", "next/dynamic", "next/form", "next/font/*"],
              message: `UI belongs in components: ${layerMessage}`,
            },
          ],
        },
      ],
      "no-restricted-syntax": ["error", { selector: "JSXElement, JSXFragment", message: `src/server never renders: ${layerMessage}` }],
    },
  },
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
