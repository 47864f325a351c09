import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { getUserCredentials, rehashUserPassword } from "@/db/queries/users";
import { clearFailures, recordFailure, throttledUntil } from "@/db/queries/login-failures";
import { authConfig } from "@/lib/auth/config";
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { clientAddressOf } from "@/lib/auth/client-address";
import { throttleKeys } from "@/lib/auth/throttle";
import { credentialsSchema } from "@/lib/validation/login";

export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  // Resolved per request, not at import, so `next build` needs no secret.
  secret: resolveAuthSecret({ generate: process.env.NODE_ENV !== "production" }),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        // The address comes from the request, never from the form, so it cannot be chosen by the caller.
        const address = clientAddressOf(request.headers);
        const db = getDb();
        const keys = throttleKeys(email, address);
        if (throttledUntil(db, keys) !== null) throw new ThrottledSignin();
        const user = getUserCredentials(db, { email });
        // Same work and the same answer for an unknown email and a wrong password.
        const ok = await verifyPassword(
          password,
          user?.passwordHash ?? (await dummyPasswordHash()),
        );
        if (!user || !ok || user.disabledAt !== null) {
          recordFailure(db, keys);
          return null;
        }
        clearFailures(db, keys);
        // Hashes made with weaker parameters are upgraded now, the one moment the password is known.
        if (needsRehash(user.passwordHash)) {
          rehashUserPassword(db, {
            id: user.id,
            from: user.passwordHash,
            to: await hashPassword(password),
          });
        }
        return {
          id: String(user.id),
          email: user.email,
          name: user.name,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
}));
