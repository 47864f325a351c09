import Link from "next/link";

export default function NotFound() {
  return (
    <main className="login-page">
      <h1>Not found</h1>
      <p className="muted">There is nothing at this address.</p>
      <Link href="/">Back to the articles</Link>
    </main>
  );
}
