import { z } from "zod";
import { plainText } from "@/lib/validation/listing";

// "Suggest an edit / report a problem": the public form on every listing (no account needed).

export const REPORT_TOPICS = [
  { code: "closed", name: "It has closed or stopped running" },
  { code: "details_wrong", name: "Some details are wrong (times, place, contact, cost)" },
  { code: "other", name: "Something else" },
] as const;
export type ReportTopic = (typeof REPORT_TOPICS)[number]["code"];
const topicCodes = REPORT_TOPICS.map((t) => t.code) as [ReportTopic, ...ReportTopic[]];

export function reportTopicName(code: string): string {
  return REPORT_TOPICS.find((t) => t.code === code)?.name ?? code;
}

export const reportSchema = z.object({
  topic: z.enum(topicCodes, { error: "Choose what the problem is" }),
  message: plainText("Your message", 2000).min(10, "Tell us what is wrong or what has changed (at least 10 characters)"),
  contactEmail: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
    z.email({ error: "Enter an email address like name@example.com, or leave it empty" }).max(254).optional(),
  ),
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(500).optional().default(""),
});
export type ReportInput = z.infer<typeof reportSchema>;
