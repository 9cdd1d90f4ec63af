import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { initialFormState, type FormState } from "@/lib/form-state";
import type { FormActionOptions } from "./form-action";

// Every server action behind formAction, fed arbitrary FormData through the real formAction with the action's
// own schema, input reader and hidden fields. Only the use case is replaced (no database): the property is that
// a form can never make the action throw, and that a refusal always says what is wrong and where.

type Options = FormActionOptions<unknown, unknown>;
const captured = new Map<string, Options>();
let current = "";

vi.mock("./permissions", () => {
  const actor = { id: "00000000-0000-4000-8000-000000000001", email: "fuzz@example.org", name: null, role: "admin" };
  return { requireUser: vi.fn(async () => actor), requireRole: vi.fn(async () => actor) };
});
vi.mock("./form-action", async (importOriginal) => {
  const real = await importOriginal<typeof import("./form-action")>();
  return {
    ...real,
    formAction: vi.fn(async (formData: FormData, options: Options) => {
      captured.set(current, options);
      return real.formAction(formData, { ...options, run: async () => ({ ok: true, value: null }), revalidate: undefined, done: () => ok });
    }),
  };
});

const ok: FormState = { status: "success", fieldErrors: {}, values: {} };
const SERVICE_ID = "0b0e3f4e-1c1a-4c55-9a51-7f6f9b1c2d3e";

const modules = {
  "admin/users": () => import("@/app/(admin)/admin/users/actions"),
  "moderate/verify": () => import("@/app/(moderation)/moderate/verify/actions"),
  "moderate/claims": () => import("@/app/(moderation)/moderate/claims/[id]/actions"),
  "moderate/listings": () => import("@/app/(moderation)/moderate/listings/[id]/actions"),
  "moderate/reports": () => import("@/app/(moderation)/moderate/reports/[id]/actions"),
  "moderate/revisions": () => import("@/app/(moderation)/moderate/revisions/[id]/actions"),
  "provider/claim": () => import("@/app/(provider)/provider/claim/[serviceId]/actions"),
  "provider/listings": () => import("@/app/(provider)/provider/listings/lifecycle-actions"),
  "provider/organisations": () => import("@/app/(provider)/provider/organisations/actions"),
};

beforeAll(async () => {
  process.env.DATABASE_URL ??= "postgresql://fuzz@127.0.0.1:1/never-connected";
  for (const [name, load] of Object.entries(modules)) {
    for (const [exported, fn] of Object.entries(await load())) {
      if (typeof fn !== "function" || !exported.endsWith("Action")) continue;
      current = `${name}:${exported}`;
      const action = fn as (...args: unknown[]) => Promise<unknown>;
      // (previous, formData) or (boundId, previous, formData): call once to learn the options it passes.
      if (action.length === 2) await action(initialFormState, new FormData()).catch(() => undefined);
      if (action.length === 3) await action(SERVICE_ID, initialFormState, new FormData()).catch(() => undefined);
    }
  }
}, 60_000);

const NAMES = [
  "email",
  "role",
  "organisationId",
  "message",
  "revisionId",
  "lockVersion",
  "serviceVersion",
  "decision",
  "reason",
  "claimId",
];
const MORE = ["reportId", "serviceId", "outcome", "note", "action", "items", "version", "duplicateId", "duplicateVersion", "targetId"];
const FIELDS = [...NAMES, ...MORE, "categories", "name", "description", "website", "charityNumber", "companyNumber", "next", "check"];
const VALUES = [
  "",
  " ",
  "1",
  "0",
  "-1",
  "2.5",
  "approve",
  "reject",
  "request_changes",
  "provider",
  "admin",
  SERVICE_ID,
  "a@b.co",
  "x".repeat(3000),
];
const entry = fc.tuple(
  fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 10 })),
  fc.oneof(fc.constantFrom(...VALUES), fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 30 })),
);
const formData = fc.array(entry, { maxLength: 16 }).map((entries) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
});

describe("every formAction, fed arbitrary forms", { timeout: 60_000 }, () => {
  it("found the actions", () => {
    expect(captured.size).toBeGreaterThanOrEqual(15);
  });

  it("never throws; a refusal has a message or per-field messages", async () => {
    const { formAction } = await vi.importActual<typeof import("./form-action")>("./form-action");
    for (const [name, options] of captured) {
      await fc.assert(
        fc.asyncProperty(formData, async (f) => {
          const state = await formAction(f, {
            ...options,
            run: async () => ({ ok: true, value: null }),
            revalidate: undefined,
            done: () => ok,
          });
          if (state.status !== "success") {
            expect(state.status, name).toBe("error");
            const messages = [state.message ?? "", ...Object.values(state.fieldErrors)].filter((m) => m.trim() !== "");
            expect(messages.length, name).toBeGreaterThan(0);
            for (const field of Object.keys(state.fieldErrors)) expect(field.length, name).toBeGreaterThan(0);
          }
        }),
        { numRuns: 100 },
      );
    }
  });
});
