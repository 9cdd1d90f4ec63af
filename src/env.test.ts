import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const database = { DATABASE_URL: "postgres://app@db.internal:5432/directory" };
const complete = {
  AUTH_SECRET: "a-production-secret-0123456789",
  APP_URL: "https://directory.example",
  SMTP_URL: "smtp://mail.internal:25",
};

describe("parseEnv", () => {
  it("in production with its own database, requires AUTH_SECRET, APP_URL and SMTP_URL and lists each one missing", () => {
    expect(() => parseEnv({ NODE_ENV: "production", ...database })).toThrow(
      /AUTH_SECRET[\s\S]*APP_URL[\s\S]*SMTP_URL|AUTH_SECRET[\s\S]*SMTP_URL[\s\S]*APP_URL/,
    );
    expect(() => parseEnv({ NODE_ENV: "production", ...database, ...complete, SMTP_URL: undefined })).toThrow(/SMTP_URL/);
    expect(parseEnv({ NODE_ENV: "production", ...database, ...complete }).APP_URL).toBe("https://directory.example");
  });

  it("keeps the embedded one-machine mode and development working without them", () => {
    expect(parseEnv({ NODE_ENV: "production", ...database, EMBEDDED_DATABASE: "1" }).EMBEDDED_DATABASE).toBe("1");
    expect(parseEnv({ NODE_ENV: "development", ...database }).NODE_ENV).toBe("development");
  });
});
