import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorState, fieldErrorsFrom, formValues, summaryItems } from "./form-state";

describe("form state", () => {
  it("keeps every submitted value, repeated names as arrays", () => {
    const fd = new FormData();
    fd.append("name", "Halifax Choir");
    fd.append("category", "singing-and-choirs");
    fd.append("category", "music-making");
    fd.append("$ACTION_ID_abc", "");
    expect(formValues(fd)).toEqual({ name: "Halifax Choir", category: ["singing-and-choirs", "music-making"] });
  });

  it("gives the first message per field path and links summary items to field ids", () => {
    const schema = z.object({ sessions: z.array(z.object({ opensAt: z.string().min(1, "Enter a start time") })) });
    const result = schema.safeParse({ sessions: [{ opensAt: "" }] });
    expect(result.success).toBe(false);
    const errors = fieldErrorsFrom(result.error!);
    expect(errors).toEqual({ "sessions.0.opensAt": "Enter a start time" });
    expect(summaryItems(errorState(new FormData(), errors))).toEqual([{ fieldId: "sessions-0-opensAt", message: "Enter a start time" }]);
  });
});
