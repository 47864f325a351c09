/**
 * Imported first by scripts/server.ts, before Next is loaded. tsx turns on Node's source-map support so
 * our TypeScript's stack traces point at its lines, but with it on Node also reads, parses and keeps the
 * source map of every module it loads, and the build's server chunks ship ~40 MB of them: measured, the
 * idle server held them in its heap (the same as `next start`, which leaves them off unless asked). Our
 * few TypeScript files keep readable names either way; the build's chunks were never mapped in production.
 */
process.setSourceMapsEnabled(false);
