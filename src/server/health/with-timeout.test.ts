import { describe, expect, it } from "vitest";
import { TimeoutError, withTimeout } from "./with-timeout";

describe("withTimeout", () => {
  it("passes through a result that arrives in time", async () => {
    await expect(withTimeout(Promise.resolve(1), 50)).resolves.toBe(1);
  });

  it("passes through a rejection that arrives in time", async () => {
    await expect(withTimeout(Promise.reject(new Error("boom")), 50)).rejects.toThrow("boom");
  });

  it("rejects with TimeoutError when the work is too slow", async () => {
    const never = new Promise<never>(() => {});
    await expect(withTimeout(never, 10)).rejects.toBeInstanceOf(TimeoutError);
  });
});
