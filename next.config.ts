import type { NextConfig } from "next";

const nextConfig = {
  // Native and DOM-heavy packages stay out of the server bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "jsdom", "@mozilla/readability"],
  // A separate build folder lets a second checkout build while another one serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden() answers a real 403 from pages when the role is wrong.
  experimental: { authInterrupts: true },
} satisfies NextConfig;

export default nextConfig;
