import type { Metadata } from "next";
import { getDb } from "@/db";
import { listUsers } from "@/db/queries/users";
import { requirePageUser } from "@/lib/auth/guards";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserRow } from "@/components/users/user-row";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageUser("user.manage");
  const users = listUsers(getDb());
  return (
    <>
      <h1>Users</h1>
      <p className="muted">
        Fact-checkers annotate claims; editors also decide disputes and assign work; admins also
        import articles and manage users. Changes apply on the user&apos;s next request.
      </p>
      <table className="data" aria-label="Users">
        <thead>
          <tr>
            <th>User</th>
            <th>Role</th>
            <th>State</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow key={`${u.id}-${u.version}`} user={u} isSelf={u.id === me.id} />
          ))}
        </tbody>
      </table>
      <div style={{ marginTop: "1.5rem", maxWidth: 720 }}>
        <CreateUserForm />
      </div>
    </>
  );
}
