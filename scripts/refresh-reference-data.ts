// `npm run data:refresh [-- SOURCE_DIR]`: takes a new version of the reference data the code reads from an
// extract folder (default ../shared/data/west-yorkshire) into data/west-yorkshire. Copies only the files the
// seed and the app read, gzips those the manifest keeps gzipped, and names the extract's other files.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { BOUNDARY_FILES } from "@/server/insights/read-boundaries";
import { DEFAULT_REFERENCE_DATA_DIR, REFERENCE_FILES } from "@/server/seed/reference-files";

const source = resolve(process.argv[2] ?? "../shared/data/west-yorkshire");
const target = resolve(DEFAULT_REFERENCE_DATA_DIR);
if (!existsSync(source)) {
  console.error(`No extract at ${source}. Pass the folder holding the West Yorkshire files.`);
  process.exit(1);
}

const wanted = [...new Set([...Object.values(REFERENCE_FILES), ...Object.values(BOUNDARY_FILES)])].sort();
const missing: string[] = [];
const taken = new Set<string>();
for (const file of wanted) {
  const plain = file.endsWith(".gz") ? file.slice(0, -3) : file;
  if (existsSync(join(source, file))) {
    writeFileSync(join(target, file), readFileSync(join(source, file)));
    taken.add(file);
  } else if (existsSync(join(source, plain))) {
    // Node writes no timestamp into the gzip header, so an unchanged file gives identical bytes.
    writeFileSync(
      join(target, file),
      file === plain ? readFileSync(join(source, plain)) : gzipSync(readFileSync(join(source, plain)), { level: 9 }),
    );
    taken.add(plain);
  } else {
    missing.push(file);
  }
  if (!missing.includes(file)) console.log(`  ${file.padEnd(40)} ${(statSync(join(target, file)).size / 1024).toFixed(0).padStart(6)} KB`);
}
const unread = readdirSync(source).filter((name) => !taken.has(name) && name !== "README.md");
if (unread.length > 0) console.log(`\nIn the extract but not read by the code (not copied): ${unread.join(", ")}`);
if (missing.length > 0) {
  console.error(`\nMissing from the extract: ${missing.join(", ")}`);
  process.exit(1);
}
console.log(`\nUpdated ${target}. Run npm test, check the README's table still describes the files, and commit.`);
