#!/usr/bin/env node
// node scripts/render-icons.mjs — redraws the PNG icons and favicon.ico in public/ from public/icon.svg,
// with Debian's Chromium (the one Playwright uses). Run it after changing the SVG; commit the results.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const svg = pathToFileURL(resolve("public/icon.svg")).href;
const work = mkdtempSync(join(tmpdir(), "icons-"));

/** A square PNG of the icon; `background` fills the corners (iOS shows transparent ones as black). */
function render(size, background = "transparent") {
  const page = join(work, `icon-${size}.html`);
  const png = join(work, `icon-${size}.png`);
  writeFileSync(
    page,
    `<!doctype html><body style="margin:0;background:${background}"><img src="${svg}" width="${size}" height="${size}" style="display:block">`,
  );
  execFileSync(
    "/usr/bin/chromium",
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
      "--hide-scrollbars",
      "--allow-file-access-from-files",
      "--default-background-color=00000000",
      `--window-size=${size},${size}`,
      `--screenshot=${png}`,
      pathToFileURL(page).href,
    ],
    { stdio: "ignore", timeout: 60_000 },
  );
  return readFileSync(png);
}

/** An .ico whose images are PNGs (the ICO format allows it; every current browser reads it). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry);
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

try {
  writeFileSync("public/favicon.ico", ico([16, 32, 48].map((size) => ({ size, png: render(size) }))));
  writeFileSync("public/icon-192.png", render(192));
  writeFileSync("public/icon-512.png", render(512));
  writeFileSync("public/apple-touch-icon.png", render(180, "#0f4c5c"));
  console.log("wrote public/favicon.ico, icon-192.png, icon-512.png, apple-touch-icon.png");
} finally {
  rmSync(work, { recursive: true, force: true });
}
