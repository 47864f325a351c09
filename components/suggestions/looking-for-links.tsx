"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

const REFRESH_MS = 1_500;

/** While the worker is still computing the article's suggestions and flags, says so and refreshes the
 * page every moment (client state is kept), so the links appear when they are ready. */
export function LookingForLinks({ pending }: { pending: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [pending, router]);
  if (!pending) return null;
  return (
    <p className="looking-for-links" role="status" data-testid="looking-for-links">
      Looking for links…{" "}
      <span className="muted small">
        suggestions and flags for this article are being computed; they appear here when ready.
      </span>
    </p>
  );
}
