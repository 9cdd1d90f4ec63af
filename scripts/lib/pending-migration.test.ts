import { describe, expect, it } from "vitest";
import { handWrittenObjects, withoutHandWrittenUndo } from "./pending-migration";

const list = handWrittenObjects(`| object | migration | why |
|---|---|---|
| \`service.search_vector\` generated + GIN index \`service_search_vector_idx\` | init | x |
| function \`search_words(text)\` | add_search_words | \`not_in_first_column\` |
`);

describe("handWrittenObjects", () => {
  it("reads the backquoted names of the table's first column", () => {
    expect([...list].sort()).toEqual(["search_words", "service.search_vector", "service_search_vector_idx"]);
  });
});

describe("withoutHandWrittenUndo", () => {
  it("leaves out drops of hand-written indexes and of a generated column's expression, keeps the rest", () => {
    const sql = [
      '-- DropIndex\nDROP INDEX "service_search_vector_idx";',
      '-- DropIndex\nDROP INDEX "service_old_idx";',
      '-- AlterTable\nALTER TABLE "service" ADD COLUMN     "note" TEXT,\nALTER COLUMN "search_vector" DROP DEFAULT;',
      '-- AlterTable\nALTER TABLE "service" ALTER COLUMN "search_vector" DROP DEFAULT;',
    ].join("\n\n");
    const { sql: kept, ignored } = withoutHandWrittenUndo(sql, list);
    expect(kept).toBe('-- DropIndex\nDROP INDEX "service_old_idx";\n\n-- AlterTable\nALTER TABLE "service" ADD COLUMN     "note" TEXT;\n');
    expect(ignored).toHaveLength(3);
  });

  it("returns no SQL when only hand-written objects differ", () => {
    expect(
      withoutHandWrittenUndo(
        '-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n-- DropIndex\nDROP INDEX "service_search_vector_idx";\n',
        list,
      ).sql,
    ).toBe("");
  });
});
