import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { searchUsers } from "@/db/queries/users";
import { requirePageUser } from "@/app/_lib/guards";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserRow } from "@/components/users/user-row";
import { Pager } from "@/components/ui/pager";
import { userListQuerySchema } from "@/lib/validation/users";
import { firstIssueMessage, listHref } from "@/lib/validation/list-params";

export const metadata: Metadata = { title: "Users" };

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const me = await requirePageUser("user.manage");
  const parsed = userListQuerySchema.safeParse(await searchParams);
  const problem = parsed.success ? null : firstIssueMessage(parsed.error);
  const { q: query = "", after, before } = parsed.success ? parsed.data : {};
  const page = searchUsers(getDb(), { query, after, before, limit: PAGE_SIZE });
  const users = page.rows;
  const href = (cursor: { after?: string; before?: string }) =>
    listHref("/admin/users", { q: query, ...cursor });
  const first = users[0];
  const last = users.at(-1);
  return (
    <>
      <h1>Users</h1>
      <p className="muted">
        Fact-checkers annotate claims; editors also decide disputes and assign work; admins also
        import articles and manage users. Changes apply on the user&apos;s next request.
      </p>
      {/* Adding someone is the common errand: first on the page, not below a long list. */}
      <div style={{ marginBottom: "1.5rem", maxWidth: 720 }}>
        <CreateUserForm />
      </div>
      <form method="get" action="/admin/users" role="search" className="inline-search">
        <label htmlFor="users-q">Search users</label>
        <input
          id="users-q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="Name or email"
          maxLength={200}
        />
        <button type="submit">Search</button>
        {query && <Link href="/admin/users">Show everyone</Link>}
      </form>
      {problem && (
        <p className="form-error" role="alert">
          {problem} <Link href="/admin/users">Show everyone</Link>
        </p>
      )}
      {users.length === 0 ? (
        <p className="card">{query ? `No user matches “${query}”.` : "No users."}</p>
      ) : (
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
      )}
      <Pager
        label="User pages"
        previousHref={page.hasPrevious && first ? href({ before: first.email }) : undefined}
        nextHref={page.hasNext && last ? href({ after: last.email }) : undefined}
      />
    </>
  );
}
