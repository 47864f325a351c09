import type { Metadata } from "next";
import { getDb } from "@/db";
import { publicClaimsEnabled } from "@/db/queries/settings";
import { requirePageUser } from "@/app/_lib/guards";
import { env } from "@/lib/env";
import { PublicClaimsToggle } from "./public-claims-toggle";
import "@/components/export/export.css";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageUser("settings.manage");
  const enabled = publicClaimsEnabled(getDb(), env().TALLY_PUBLIC_CLAIMS === "1");
  return (
    <>
      <h1>Settings</h1>
      <section className="card export-form" aria-labelledby="public-claims-title">
        <h2 id="public-claims-title">Public fact-checks</h2>
        <p className="muted">
          Each decided claim has a shareable page at <code>/c/&lt;claim id&gt;</code> with
          schema.org ClaimReview markup for search engines. When this is off, only signed-in users
          can open those pages.
        </p>
        <PublicClaimsToggle enabled={enabled} />
      </section>
    </>
  );
}
