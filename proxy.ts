import { NextResponse, type NextRequest } from "next/server";

// Convenience only: pages and actions check the session and role themselves (lib/auth/guards.ts).
// This passes the requested path along so the guard can send an anonymous visitor back after sign-in.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-tally-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],
};
