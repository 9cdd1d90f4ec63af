import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("csvField", () => {
  it("quotes commas, quotes and line breaks, doubling embedded quotes", () => {
    expect(csvField("Creative writing, poetry and storytelling")).toBe('"Creative writing, poetry and storytelling"');
    expect(csvField('The "Old" Library')).toBe('"The ""Old"" Library"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField("Men’s sheds")).toBe("Men’s sheds");
  });

  it("writes numbers as they are, and blanks for missing values", () => {
    expect(csvField(-1.25)).toBe("-1.25");
    expect(csvField(0)).toBe("0");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("-5 people")).toBe("'-5 people");
    expect(csvField("@sum")).toBe("'@sum");
  });
});

describe("toCsv", () => {
  it("starts with a byte-order mark and ends every line with CRLF", () => {
    const csv = toCsv(
      ["Code", "Name", "Listings"],
      [
        ["E08000035", "Leeds", 796],
        ["E05001341", "Baildon, Bradford", 3],
      ],
    );
    expect(csv).toBe('\uFEFFCode,Name,Listings\r\nE08000035,Leeds,796\r\nE05001341,"Baildon, Bradford",3\r\n');
  });
});
