import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/app/_lib/guards";
import { safeNextPath } from "@/lib/auth/next-path";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : undefined);
  if (await currentUser()) redirect(next);
  const notice = params.revoked
    ? "You have been signed out: your account was disabled or removed."
    : params.changed
      ? "Your password was changed and every session signed out. Sign in with the new password."
      : params.ended
        ? "You have been signed out: your password or role changed. Sign in again."
        : params.next && params.next !== "/"
          ? "Sign in to continue."
          : undefined;
  return (
    <main className="login-page">
      <p className="brand login-brand">
        Tal<span>ly</span>
      </p>
      <p className="muted">Claim-level fact-checking for the numbers in the news.</p>
      <LoginForm next={next} notice={notice} />
    </main>
  );
}
