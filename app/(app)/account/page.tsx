import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { ChangePasswordForm } from "@/components/users/change-password-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requirePageUser("article.read");
  return (
    <div style={{ maxWidth: 480 }}>
      <h1>Your account</h1>
      <p>
        {user.name} · {user.email} · <span className="role-badge">{ROLE_LABELS[user.role]}</span>
      </p>
      <ChangePasswordForm />
    </div>
  );
}
