// Plain JavaScript on purpose: Next transpiles a next.config.ts with its SWC binary every time the server
// starts, and that binary then stays mapped in the server process (about 28 MB of its resident memory,
// measured with pmap). Checked by tsc through the JSDoc type below.

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Native and DOM-heavy packages stay out of the server bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "jsdom", "@mozilla/readability"],
  // A separate build folder lets a second checkout build while another one serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() answers a real 403 from pages when the role is wrong.
  // A pasted article (MAX_PASTE_CHARS, up to four UTF-8 bytes a character, JSON-escaped) travels in one
  // server action: above the 1 MB default it was refused with a 500 and "This page couldn't load".
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "3mb" } },
};

export default nextConfig;
