import type { Metadata } from "next";
import { getDb } from "@/db";
import { listFeeds } from "@/db/queries/feeds";
import { requirePageUser } from "@/app/_lib/guards";
import { formatTimestamp } from "@/lib/format";
import { intervalLabel } from "@/lib/feeds/intervals";
import { AddFeedForm } from "@/components/feeds/add-feed-form";
import { FeedActions } from "@/components/feeds/feed-actions";
import { addFeedAction, changeFeedAction, readFeedNowAction, removeFeedAction } from "./actions";
import "@/components/feeds/feeds.css";

export const metadata: Metadata = { title: "Feeds" };
export const dynamic = "force-dynamic";

export default async function FeedsPage() {
  await requirePageUser("article.import");
  const feeds = listFeeds(getDb());
  return (
    <>
      <h1>Feeds</h1>
      <p className="muted">
        RSS and Atom feeds are read in the background; each new item is fetched, read and imported
        like an article imported by URL. A broken feed shows its error here and never holds up the
        others.
      </p>
      <AddFeedForm addFeed={addFeedAction} />
      {feeds.length === 0 ? (
        <p className="card">No feeds yet.</p>
      ) : (
        <table className="data cards feed-table" aria-label="Feeds">
          <thead>
            <tr>
              <th>Feed</th>
              <th>Last read</th>
              <th>Next read</th>
              <th className="num">Imported</th>
              <th>Last error</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((f) => {
              const label = f.title ?? f.url;
              return (
                <tr key={f.id} data-testid="feed-row">
                  <td>
                    <div className="feed-title">{label}</div>
                    <div className="muted small feed-url">{f.url}</div>
                    <div className="muted small">{intervalLabel(f.intervalMinutes)}</div>
                  </td>
                  <td data-label="Last read" className="small">
                    {f.lastReadAt ? formatTimestamp(f.lastReadAt) : "not yet"}
                  </td>
                  <td data-label="Next read" className="small">
                    {f.paused
                      ? "paused"
                      : f.nextReadAt
                        ? formatTimestamp(f.nextReadAt)
                        : "within a minute"}
                  </td>
                  <td data-label="Imported" className="num">
                    {f.itemsImported}
                  </td>
                  <td data-label="Last error" className="small">
                    {f.lastError ? (
                      <span className="feed-error">{f.lastError}</span>
                    ) : (
                      <span className="muted">none</span>
                    )}
                  </td>
                  <td>
                    <FeedActions
                      feed={{ id: f.id, version: f.version, paused: f.paused, label }}
                      changeFeed={changeFeedAction}
                      readFeedNow={readFeedNowAction}
                      removeFeed={removeFeedAction}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
