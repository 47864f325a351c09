import { spawn, execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

/**
 * The built app served by `npm start` (scripts/start.ts) on loopback against the bench's database, and
 * what a client needs to talk to it as a user would: a signed-in session (Auth.js's own sign-in) and the
 * ids of the server actions from the build. Also the server's memory, read from /proc.
 */
export interface Tally {
  base: string;
  /** The process tree under `npm start`: the Next server is the largest of them. */
  rssMb: () => { rss: number; peak: number };
  /** CPU seconds (user + system) the process tree under `npm start` has used so far: the server's cost
   * per request whatever else the machine is running. */
  cpuSeconds: () => number;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** `next build` once if there is no build (the bench measures the production server, never dev). */
export function ensureBuild(): void {
  if (fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) return;
  console.log("No production build found: running `next build` first.");
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
  });
}

function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const t of tasks) {
      let children = "";
      try {
        children = fs.readFileSync(`/proc/${p}/task/${t}/children`, "utf8");
      } catch {
        continue;
      }
      for (const c of children.split(" ").filter(Boolean).map(Number)) {
        out.push(c);
        walk(c);
      }
    }
  };
  walk(pid);
  return out;
}

function memoryOf(pid: number): { rss: number; peak: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

function cpuOf(pid: number): number {
  try {
    // Fields 14 and 15 of /proc/PID/stat (utime, stime) in clock ticks, counted after the command's ")".
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

export async function startTally(databaseFile: string): Promise<Tally> {
  const port = Number(process.env.BENCH_PORT ?? (await freePort()));
  const base = `http://127.0.0.1:${port}`;
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const child = spawn(tsx, [path.join(process.cwd(), "scripts", "start.ts")], {
    env: {
      ...process.env,
      DATABASE_FILE: databaseFile,
      PORT: String(port),
      TALLY_HOST: "127.0.0.1",
      AUTH_SECRET: crypto.randomBytes(32).toString("hex"),
      TALLY_FEED_TICK_SECONDS: "0",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let exited = false;
  child.on("exit", () => (exited = true));
  child.stdout.resume();
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited) throw new Error("npm start exited before it served a page");
    try {
      const res = await fetch(`${base}/login`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("npm start did not serve /login within 120 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  const server = () =>
    descendants(child.pid!)
      .map(memoryOf)
      .reduce((a, b) => (b.rss > a.rss ? b : a), { rss: 0, peak: 0 });
  return {
    base,
    rssMb: server,
    cpuSeconds: () => descendants(child.pid!).reduce((sum, pid) => sum + cpuOf(pid), 0),
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.on("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** A cookie jar for one client: every Set-Cookie kept, sent back on each request. */
export class Session {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  get cookie(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", this.cookie);
    const res = await fetch(`${this.base}${pathname}`, { ...init, headers, redirect: "manual" });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
    return res;
  }

  /** Auth.js's own sign-in: the CSRF token, then the credentials form, as the login page posts it. */
  static async signIn(base: string, email: string, password: string): Promise<Session> {
    const session = new Session(base);
    const csrf = (await (await session.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await session.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, email, password }).toString(),
    });
    await res.arrayBuffer();
    const me = (await (await session.fetch("/api/auth/session")).json()) as {
      user?: { email?: string };
    } | null;
    if (me?.user?.email !== email) throw new Error(`sign-in as ${email} failed (${res.status})`);
    return session;
  }
}

/** A server action's id from the build, as the browser gets it with the page. */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(
      path.join(process.cwd(), ".next", "server", "server-reference-manifest.json"),
      "utf8",
    ),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  for (const [id, entry] of Object.entries(manifest.node))
    if (entry.filename.endsWith(file) && entry.exportedName === exportedName) return id;
  throw new Error(`server action ${file}#${exportedName} is not in the build`);
}
