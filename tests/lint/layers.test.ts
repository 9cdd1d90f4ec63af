import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules in eslint.config.mjs fire: each snippet is linted as if it were the named file.

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe("layer rules", () => {
  it("stop components and src/lib from importing server code or the Prisma client", async () => {
    expect(await ruleIds("src/components/fixture.tsx", 'import { getDb } from "@/server/db/client";\nexport const x = getDb;\n')).toContain(
      "import/no-restricted-paths",
    );
    expect(await ruleIds("src/lib/fixture.ts", 'import { migrate } from "../server/db/migrate";\nexport const x = migrate;\n')).toContain(
      "import/no-restricted-paths",
    );
    expect(
      await ruleIds("src/lib/fixture.ts", 'import type { Service } from "@/generated/prisma/client";\nexport type X = Service;\n'),
    ).toContain("import/no-restricted-paths");
    expect(await ruleIds("src/components/fixture.tsx", 'import pg from "pg";\nexport const x = pg;\n')).toContain("no-restricted-imports");
  }, 60_000);

  it("stop src/server from importing React or client navigation, or rendering", async () => {
    expect(await ruleIds("src/server/fixture.ts", 'import { useState } from "react";\nexport const x = useState;\n')).toContain(
      "no-restricted-imports",
    );
    expect(await ruleIds("src/server/fixture.ts", 'import { useRouter } from "next/navigation";\nexport const x = useRouter;\n')).toContain(
      "no-restricted-imports",
    );
    expect(await ruleIds("src/server/fixture.tsx", "export const x = <p>hi</p>;\n")).toContain("no-restricted-syntax");
  }, 60_000);

  it("allow what each layer legitimately uses", async () => {
    expect(await ruleIds("src/server/fixture.ts", 'import { redirect } from "next/navigation";\nexport const x = redirect;\n')).toEqual([]);
    expect(
      await ruleIds("src/components/fixture.tsx", 'import { categories } from "@/lib/vocabulary";\nexport const x = categories;\n'),
    ).toEqual([]);
  }, 60_000);
});
