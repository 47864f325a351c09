import type { NextAuthConfig } from "next-auth";

/** The part of the Auth.js config with no database or Node-only imports. */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  trustHost: true,
  providers: [],
  logger: {
    // A wrong password is an expected outcome, counted by the throttle; not a server error worth a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin" || error.name === "ThrottledSignin") return;
      console.error(error);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        // The user's session version at sign-in; the guards refuse the token once it moves on.
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.sv === "number") session.sessionVersion = token.sv;
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
  }
}
