import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// public/: the manifest names files that exist and the design system's colours; robots.txt keeps crawlers out
// of every area that is not for the public.

const read = (file: string) => readFileSync(join("public", file), "utf8");

describe("public/", () => {
  it("has a web manifest whose icons exist and whose theme is the brand colour", () => {
    const manifest = JSON.parse(read("site.webmanifest")) as { start_url: string; theme_color: string; icons: { src: string }[] };
    expect(manifest.start_url).toBe("/");
    const brand = /--color-brand:\s*(#[0-9a-f]{6})/i.exec(readFileSync("src/app/globals.css", "utf8"))?.[1];
    expect(manifest.theme_color).toBe(brand);
    for (const icon of manifest.icons) expect(existsSync(join("public", icon.src)), icon.src).toBe(true);
    expect(existsSync("public/favicon.ico")).toBe(true);
  });

  it("disallows the signed-in areas, the API, sign-in and /dev in robots.txt", () => {
    const disallowed = read("robots.txt")
      .split("\n")
      .filter((line) => line.startsWith("Disallow:"))
      .map((line) => line.slice("Disallow:".length).trim());
    expect(disallowed).toEqual(expect.arrayContaining(["/provider", "/moderate", "/admin", "/api", "/dev", "/sign-in"]));
    expect(disallowed).not.toContain("/");
  });
});
