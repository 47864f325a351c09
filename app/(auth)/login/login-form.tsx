"use client";

import { useActionState, useEffect, useRef } from "react";
import { logIn, type LoginState } from "./actions";

export function LoginForm({ next, notice }: { next: string; notice?: string }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(logIn, {});
  const nextRef = useRef<HTMLInputElement>(null);
  // The address's #claim-10 never reaches the server: carry it along so sign-in lands on that claim.
  useEffect(() => {
    if (nextRef.current && /^#[\w-]{1,60}$/.test(location.hash) && !next.includes("#"))
      nextRef.current.value = next + location.hash;
  }, [next]);
  return (
    <form action={action} className="card login-card" noValidate aria-label="Sign in">
      <h1>Sign in to Tally</h1>
      {notice && !state.error && <p className="muted">{notice}</p>}
      {state.error && (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      )}
      <input ref={nextRef} type="hidden" name="next" defaultValue={next} />
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          autoFocus
        />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      <button type="submit" className="primary" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
