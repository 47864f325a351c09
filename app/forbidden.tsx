import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="login-page">
      <h1>Not allowed</h1>
      <p className="muted" role="alert">
        Your role does not give access to this page. Ask an admin if you need it.
      </p>
      <Link href="/">Back to the articles</Link>
    </main>
  );
}
