import "server-only";
import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "@/lib/request-id";
import { redact, redactString } from "./redact";

export type LogLevel = "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;
export type Logger = Record<LogLevel, (event: string, fields?: LogFields) => void>;

type Sink = (line: string, level: LogLevel) => void;
const stdio: Sink = (line, level) => (level === "info" ? process.stdout : process.stderr).write(`${line}\n`);

/** One JSON line per event: time, level, event, requestId (when there is a request) and redacted fields. */
export function formatLogLine(level: LogLevel, event: string, requestId: string | null, fields: LogFields, now = new Date()): string {
  const safe = redact(fields) as LogFields;
  return JSON.stringify({ time: now.toISOString(), level, event: redactString(event), ...(requestId ? { requestId } : {}), ...safe });
}

export function createLogger(requestId: string | null = null, sink: Sink = stdio): Logger {
  const write =
    (level: LogLevel) =>
    (event: string, fields: LogFields = {}) =>
      sink(formatLogLine(level, event, requestId, fields), level);
  return { info: write("info"), warn: write("warn"), error: write("error") };
}

/** For work outside a request (jobs, scripts, after-commit mail). */
export const log: Logger = createLogger();

/**
 * A logger carrying the current request's id. Call it while the request is in scope (not inside after(),
 * where request headers cannot be read); outside a request it logs without an id.
 */
export async function requestLogger(): Promise<Logger> {
  try {
    return createLogger((await headers()).get(REQUEST_ID_HEADER));
  } catch {
    return log;
  }
}
