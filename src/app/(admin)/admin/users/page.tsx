import type { Metadata } from "next";
import { Button, PageHeading, SummaryList, TextInput } from "@/components/ui";
import { requireRole } from "@/server/auth/permissions";
import { findUserByEmail } from "@/server/users/find-user-by-email";
import { listStaffUsers } from "@/server/users/list-staff-users";
import { signInSchema } from "@/lib/validation/auth";
import { GrantRoleForm } from "./grant-role-form";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "Users and roles" };

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireRole("admin", "/admin/users");
  const raw = (await searchParams).email;
  const query = typeof raw === "string" && raw.trim() ? signInSchema.shape.email.safeParse(raw) : null;
  const email = query?.success ? query.data : null;
  const [found, staff] = await Promise.all([email ? findUserByEmail(email, admin) : null, listStaffUsers(admin)]);
  return (
    <div className="max-w-measure">
      <PageHeading caption="Admin">Users and roles</PageHeading>
      <form method="get" action="/admin/users" className="mb-8" role="search" aria-label="Find a user">
        <TextInput
          name="email"
          type="email"
          label="Find someone by email address"
          defaultValue={typeof raw === "string" ? raw : ""}
          error={query && !query.success ? query.error.issues[0]?.message : undefined}
          spellCheck={false}
          width="30ch"
        />
        <Button variant="secondary">Find</Button>
      </form>
      {email ? (
        <section aria-labelledby="found" className="mb-10">
          <h2 id="found" className="mb-4 text-heading-m font-bold">
            {email}
          </h2>
          {found ? (
            <SummaryList
              rows={[
                { key: "Role now", value: found.role },
                { key: "Organisations", value: found.organisations.join(", ") || "None" },
                { key: "First seen", value: formatDate(found.createdAt) },
              ]}
            />
          ) : (
            <p className="mb-6">
              Nobody has signed in with this address yet. You can still give it a role: they will have it when they first sign in.
            </p>
          )}
          <GrantRoleForm email={email} role={found?.role ?? "provider"} />
        </section>
      ) : null}
      <section aria-labelledby="staff">
        <h2 id="staff" className="mb-4 text-heading-m font-bold">
          Moderators and admins
        </h2>
        {staff.length ? <SummaryList rows={staff.map((u) => ({ key: u.email, value: u.role }))} /> : <p>None yet.</p>}
      </section>
    </div>
  );
}
