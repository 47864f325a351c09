/**
 * The security headers every response carries (built here, set by proxy.ts). Pure: no request, no env.
 */

export interface HeaderContext {
  /** A fresh random nonce for this response's scripts and styles; null for responses that are not pages. */
  nonce: string | null;
  /** Served over https (directly or as our proxy reports): only then is HSTS meaningful. */
  https: boolean;
  /** Next's development build evaluates code for its error overlay. */
  dev: boolean;
}

/**
 * For pages: scripts only with this response's nonce ('strict-dynamic' lets them load Next's chunks),
 * styles from our own stylesheets or with the nonce. Inline style *attributes* stay allowed: React
 * renders widths of the progress bars that way, and an attribute cannot run code.
 */
export function pageCsp(nonce: string, { https, dev }: Pick<HeaderContext, "https" | "dev">) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** For API answers, errors and files: nothing in them may run, and nobody may frame them. */
export const RESOURCE_CSP =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function securityHeaders(context: HeaderContext): Record<string, string> {
  return {
    "Content-Security-Policy":
      context.nonce === null ? RESOURCE_CSP : pageCsp(context.nonce, context),
    "X-Content-Type-Options": "nosniff",
    // Links to sources must not tell their sites which article or claim a checker was reading.
    "Referrer-Policy": "same-origin",
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ...(context.https
      ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" }
      : {}),
  };
}

/** Paths answered by route handlers or as files rather than rendered as pages. */
export function isResourcePath(pathname: string): boolean {
  return (
    pathname.startsWith("/api/") ||
    pathname === "/api" ||
    pathname.startsWith("/_next/static/") ||
    pathname.startsWith("/_next/image") ||
    /\.[a-z0-9]{2,5}$/i.test(pathname)
  );
}
