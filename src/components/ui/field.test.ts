import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Select } from "./select";
import { TextInput } from "./text-input";
import { Textarea } from "./textarea";

describe("Field wiring, shared by TextInput, Textarea and Select", () => {
  it("ties the control to its label, hint and error, hint first", () => {
    const html = renderToStaticMarkup(
      createElement(TextInput, { name: "postcode", label: "Postcode", hint: "Like HX1 1QG", error: "Enter a postcode" }),
    );
    expect(html).toContain('<label for="postcode"');
    expect(html).toContain('id="postcode-hint"');
    expect(html).toContain('id="postcode-error"');
    expect(html).toMatch(/<input[^>]*id="postcode"[^>]*aria-describedby="postcode-hint postcode-error"[^>]*aria-invalid="true"/);
  });

  it("describes nothing and is not invalid when there is no hint or error", () => {
    const html = renderToStaticMarkup(createElement(Textarea, { name: "message", id: "msg", label: "Message" }));
    expect(html).toContain('<label for="msg"');
    expect(html).not.toContain("aria-describedby");
    expect(html).not.toContain("aria-invalid");
  });

  it("wires a select the same way, and a caller cannot override the wiring", () => {
    const html = renderToStaticMarkup(
      createElement(Select, {
        name: "place",
        label: "Place",
        error: "Choose a place",
        options: [{ value: "leeds", label: "Leeds" }],
        "aria-describedby": "other",
      }),
    );
    expect(html).toMatch(/<select[^>]*aria-describedby="place-error"[^>]*aria-invalid="true"/);
  });
});
