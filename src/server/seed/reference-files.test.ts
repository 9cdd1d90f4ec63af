import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BOUNDARY_FILES } from "@/server/insights/read-boundaries";
import { DEFAULT_REFERENCE_DATA_DIR, REFERENCE_FILES } from "./reference-files";

// The reference data travels with the repository. What the code reads and what the folder holds must be the
// same set of files: a file the code needs but nobody copied breaks a fresh clone; a file nobody reads is
// weight every clone carries.
describe("the in-repository reference data", () => {
  const dir = DEFAULT_REFERENCE_DATA_DIR;
  const documentation = new Set(["README.md"]);
  const held = readdirSync(dir)
    .filter((name) => !documentation.has(name))
    .sort();
  const read = [...new Set([...Object.values(REFERENCE_FILES), ...Object.values(BOUNDARY_FILES)])].sort();

  it("holds exactly the files the seed and the app read", () => {
    expect(held).toEqual(read);
  });

  it("names every file it holds, with its source and licence, in its README", () => {
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    for (const file of held) expect(readme, `README.md should describe ${file}`).toContain(`\`${file}\``);
    for (const licence of ["Open Government Licence v3.0", "ODbL 1.0", "CC BY 4.0"]) expect(readme).toContain(licence);
  });
});
