import { describe, expect, it } from "vitest";
import { plainTextFromHtml } from "./plain-text";

describe("plainTextFromHtml", () => {
  it("keeps the words of paragraphs, lists and links, and decodes entities", () => {
    const html =
      '<p>Friendly <strong>choir</strong> &amp; tea.</p><ul><li>No auditions</li><li>All welcome</li></ul><p>See <a href="https://x.example">our page</a>.</p>';
    expect(plainTextFromHtml(html)).toBe("Friendly choir & tea.\n\n• No auditions\n• All welcome\n\nSee our page.");
  });

  it("drops scripts, styles and images", () => {
    expect(plainTextFromHtml("<script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)>Hello")).toBe("Hello");
  });

  it("leaves plain text alone, apart from trimming", () => {
    expect(plainTextFromHtml("  Walks on Tuesdays, 2 < 3 miles  ")).toBe("Walks on Tuesdays, 2 < 3 miles");
  });
});
