import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every exported "use server" function is a public HTTP endpoint, and so is every route handler. Each must
// authorise before it does anything (docs/decisions/0007-policy-and-actions.md): call a guard of the policy
// module in its own body (not in a callback that might not run), or go through formAction, whose `allow` is
// required. The few endpoints that are public on purpose are listed here, each with its reason.

const GUARDS = new Set(["requireUser", "requireRole", "formAction"]);
const HANDLERS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);

const PUBLIC: Record<string, string> = {
  "src/app/(public)/shortlist/actions.ts#toggleShortlistAction": "changes only the caller's own shortlist cookie",
  "src/app/(public)/shortlist/actions.ts#keepSharedShortlistAction": "changes only the caller's own shortlist cookie",
  "src/app/(public)/shortlist/actions.ts#clearShortlistAction": "changes only the caller's own shortlist cookie",
  "src/app/(public)/shortlist/actions.ts#emailShortlistAction": "mails published listings only, rate-limited per recipient and client",
  "src/app/(auth)/sign-in/actions.ts#requestSignInLinkAction": "signing in is how one gets a session; rate-limited",
  "src/app/(auth)/sign-out-action.ts#signOutAction": "ends the caller's own session",
  "src/app/(public)/services/[id]/report/actions.ts#submitReportAction": "public reports need no account; rate-limited, honeypot",
  "src/app/(public)/services/[id]/confirm/actions.ts#confirmListingAction": "the signed, expiring token in the link is the authority",
  "src/app/(insights)/insights/[file]/route.ts#GET": "public statistics, read-only",
  "src/app/(insights)/insights/boundaries.json/route.ts#GET": "public ward and place outlines, read-only",
  "src/app/api/auth/[...nextauth]/route.ts#GET": "Auth.js's own handlers",
  "src/app/api/auth/[...nextauth]/route.ts#POST": "Auth.js's own handlers",
  "src/app/api/health/route.ts#GET": "health check for the load balancer; says only ok or not",
  "src/app/api/v1/route.ts#GET": "Open Referral API: what the API is; public, read-only",
  "src/app/api/v1/[...rest]/route.ts#GET": "Open Referral API: answers 404 for unknown paths, reads nothing",
  "src/app/api/v1/openapi.json/route.ts#GET": "Open Referral API: its OpenAPI document; public, read-only",
  "src/app/api/v1/export/services.csv/route.ts#GET": "Export: published listings as CSV, as the public pages show them; read-only",
  "src/app/api/v1/export/hsds.zip/route.ts#GET": "Export: published listings as HSDS-UK tabular files; read-only",
  "src/app/api/v1/export/services.csv/route.ts#HEAD": "Export: the CSV download's headers, no data; read-only",
  "src/app/api/v1/export/hsds.zip/route.ts#HEAD": "Export: the HSDS package download's headers, no data; read-only",
  "src/app/api/v1/services/route.ts#GET": "Open Referral API: published data only, read-only",
  "src/app/api/v1/services/[id]/route.ts#GET": "Open Referral API: published data only, read-only",
  "src/app/api/v1/service_at_locations/route.ts#GET": "Open Referral API: published data only, read-only",
  "src/app/api/v1/service_at_locations/[id]/route.ts#GET": "Open Referral API: published data only, read-only",
  "src/app/api/v1/organizations/route.ts#GET": "Open Referral API: published data only, read-only",
  "src/app/api/v1/organizations/[id]/route.ts#GET": "Open Referral API: published data only, read-only",
  "src/app/api/v1/taxonomies/route.ts#GET": "Open Referral API: published data only, read-only",
  "src/app/api/v1/taxonomies/[id]/route.ts#GET": "Open Referral API: published data only, read-only",
  "src/app/api/v1/taxonomy_terms/route.ts#GET": "Open Referral API: published data only, read-only",
  "src/app/api/v1/taxonomy_terms/[id]/route.ts#GET": "Open Referral API: published data only, read-only",
};

type Endpoint = { name: string; guarded: boolean };

function hasUseServer(file: ts.SourceFile): boolean {
  const first = file.statements[0];
  return Boolean(
    first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use server",
  );
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** True if `body` itself (not a nested function) calls a guard; formAction counts only with an `allow`. */
function callsGuard(body: ts.Node): boolean {
  let found = false;
  const visit = (node: ts.Node) => {
    if (found || (node !== body && ts.isFunctionLike(node))) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && GUARDS.has(node.expression.text)) {
      const options = node.expression.text === "formAction" ? node.arguments[1] : undefined;
      const allowed =
        !options ||
        (ts.isObjectLiteralExpression(options) &&
          options.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === "allow"));
      if (allowed) found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}

/** The exported endpoints of one file: every export of a "use server" file, the HTTP verbs of a route. */
export function findEndpoints(source: string, kind: "actions" | "route"): Endpoint[] {
  const file = ts.createSourceFile("x.ts", source, ts.ScriptTarget.Latest, true);
  if (kind === "actions" && !hasUseServer(file)) return [];
  const wanted = (name: string) => kind === "actions" || HANDLERS.has(name);
  const out: Endpoint[] = [];
  for (const statement of file.statements) {
    if (!isExported(statement) && !ts.isExportDeclaration(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name && wanted(statement.name.text)) {
      out.push({ name: statement.name.text, guarded: Boolean(statement.body && callsGuard(statement.body)) });
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        const names = ts.isIdentifier(d.name)
          ? [d.name.text]
          : ts.isObjectBindingPattern(d.name)
            ? d.name.elements.map((e) => e.name.getText(file))
            : [];
        const init = d.initializer;
        const body = init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? init.body : undefined;
        for (const name of names.filter(wanted)) out.push({ name, guarded: Boolean(body && callsGuard(body)) });
      }
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      // Re-exports hide the body; they must be on the public list.
      for (const e of statement.exportClause.elements) if (wanted(e.name.text)) out.push({ name: e.name.text, guarded: false });
    }
  }
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : filesUnder(path);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const root = process.cwd();
const all = filesUnder(join(root, "src")).map((path) => ({
  path: relative(root, path).split("\\").join("/"),
  source: readFileSync(path, "utf8"),
}));
const endpoints = all.flatMap(({ path, source }) => {
  const isRoute = /^src\/app\/.*\/route\.ts$/.test(path);
  return [...findEndpoints(source, "actions"), ...(isRoute ? findEndpoints(source, "route") : [])].map((e) => ({
    ...e,
    key: `${path}#${e.name}`,
  }));
});

describe("every server action and route handler", () => {
  it("finds the endpoints (so an empty scan cannot pass)", () => {
    expect(endpoints.length).toBeGreaterThan(20);
    expect(endpoints.map((e) => e.key)).toEqual(
      expect.arrayContaining(["src/app/(moderation)/moderate/claims/[id]/actions.ts#decideClaimAction", "src/app/api/health/route.ts#GET"]),
    );
  });

  it("is guarded by the policy module, or is public on purpose", () => {
    const unguarded = endpoints.filter((e) => !e.guarded && !PUBLIC[e.key]).map((e) => e.key);
    expect(unguarded).toEqual([]);
  });

  it('has no inline "use server" functions, which the scan above would not see', () => {
    const inline = all.filter(
      ({ source }) => /["']use server["']/.test(source) && !hasUseServer(ts.createSourceFile("x.ts", source, ts.ScriptTarget.Latest)),
    );
    expect(inline.map((f) => f.path)).toEqual([]);
  });

  it("lists as public only endpoints that exist and are not guarded anyway", () => {
    const keys = new Map(endpoints.map((e) => [e.key, e.guarded]));
    expect(Object.keys(PUBLIC).filter((k) => keys.get(k) !== false)).toEqual([]);
  });
});

describe("the detector", () => {
  it("flags an unguarded action, and a guard that only a callback would call", () => {
    const source = `"use server";
      import { requireUser } from "@/server/auth/permissions";
      export async function deleteEverythingAction(formData: FormData) { await wipe(formData); }
      export async function laterAction() { return () => requireUser(); }
      export const arrowAction = async () => { await wipe(); };
      export async function wrappedWithoutAllowAction(f: FormData) { return formAction(f, { run: wipe }); }`;
    expect(findEndpoints(source, "actions")).toEqual([
      { name: "deleteEverythingAction", guarded: false },
      { name: "laterAction", guarded: false },
      { name: "arrowAction", guarded: false },
      { name: "wrappedWithoutAllowAction", guarded: false },
    ]);
  });

  it("accepts the guards, and ignores files that are not server actions", () => {
    const source = `"use server";
      export async function aAction() { const user = await requireUser("/x"); return go(user); }
      export async function bAction(p: FormState, f: FormData) { return formAction(f, { allow: "moderator", run }); }
      export const cAction = async () => { if (await requireRole("admin")) return; };`;
    expect(findEndpoints(source, "actions").every((e) => e.guarded)).toBe(true);
    expect(findEndpoints(`export async function notAnAction() {}`, "actions")).toEqual([]);
    expect(findEndpoints(`export const { GET, POST } = handlers; export const dynamic = "force-dynamic";`, "route")).toEqual([
      { name: "GET", guarded: false },
      { name: "POST", guarded: false },
    ]);
  });
});
