import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { isResourcePath, securityHeaders } from "@/lib/security/headers";

/**
 * Runs before every request (pages, API, files): sets the security headers, with a fresh CSP nonce for
 * pages (Next reads it from the request's CSP header and puts it on its own scripts), and passes the
 * requested path along so a guard can send an anonymous visitor back after sign-in. Access control is
 * not here: pages and actions check the session and role themselves (app/_lib/guards.ts).
 */
export function proxy(request: NextRequest) {
  const page = !isResourcePath(request.nextUrl.pathname);
  const nonce = page
    ? Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64")
    : null;
  const headers = securityHeaders({
    nonce,
    https: request.nextUrl.protocol === "https:",
    dev: env().NODE_ENV === "development",
  });
  const forwarded = new Headers(request.headers);
  forwarded.delete("x-nonce");
  if (page) {
    forwarded.set("x-tally-path", request.nextUrl.pathname + request.nextUrl.search);
    forwarded.set("x-nonce", nonce!);
    forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  }
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
