import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { searchUsers } from "@/db/queries/users";
import { requirePageUser } from "@/app/_lib/guards";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserRow } from "@/components/users/user-row";

export const metadata: Metadata = { title: "Users" };

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One string from the address, bounded: a hand-edited address never reaches the query unchecked. */
function param(value: string | string[] | undefined): string | undefined {
  const text = typeof value === "string" ? value.trim().slice(0, 200) : "";
  return text === "" ? undefined : text;
}

export default async function UsersPage({ searchParams }: Props) {
  const me = await requirePageUser("user.manage");
  const params = await searchParams;
  const query = param(params.q) ?? "";
  const after = param(params.after);
  const { rows: users, hasMore } = searchUsers(getDb(), { query, after, limit: PAGE_SIZE });
  const href = (next?: string) => {
    const search = new URLSearchParams();
    if (query) search.set("q", query);
    if (next) search.set("after", next);
    const text = search.toString();
    return text ? `/admin/users?${text}` : "/admin/users";
  };
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
      <nav className="pager" aria-label="User pages">
        {after && <Link href={href()}>First page</Link>}
        {hasMore && last && (
          <Link href={href(last.email)} rel="next">
            Next page →
          </Link>
        )}
      </nav>
    </>
  );
}
