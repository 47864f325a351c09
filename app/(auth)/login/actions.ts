"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { getDb } from "@/db";
import { signIn, signOut } from "@/app/_lib/auth";
import { throttledMessage, throttleKeys } from "@/lib/auth/throttle";
import { throttledUntil } from "@/db/queries/login-failures";
import { clientAddressOf } from "@/lib/auth/client-address";
import { safeNextPath } from "@/lib/auth/next-path";
import { loginSchema } from "@/lib/validation/login";

export type LoginState = { error?: string; email?: string };

const GENERIC = "Email or password is incorrect.";

async function clientAddress(): Promise<string | null> {
  return clientAddressOf(await headers());
}

export async function logIn(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  const typed = formData.get("email");
  const email = typeof typed === "string" ? typed : "";
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? GENERIC, email };
  const address = await clientAddress();
  const until = throttledUntil(getDb(), throttleKeys(parsed.data.email, address));
  if (until) return { error: throttledMessage(until), email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNextPath(parsed.data.next),
    });
    return {};
  } catch (error) {
    if (error instanceof AuthError) {
      const blocked = throttledUntil(getDb(), throttleKeys(parsed.data.email, address));
      return { error: blocked ? throttledMessage(blocked) : GENERIC, email };
    }
    throw error; // the redirect after a successful sign-in
  }
}

export async function logOut(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
