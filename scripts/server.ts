// First: before Next and the build's chunks are loaded.
import "./no-source-maps";
import http from "node:http";
import next from "next";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, clientAddressFromChain } from "@/lib/auth/client-address";

/**
 * Tally's HTTP server: Next's request handler behind one step of our own, which works out the client's
 * address from the socket and TRUSTED_PROXY_HOPS (see lib/auth/client-address.ts). Next alone hands the
 * app only X-Forwarded-For, which any client can write, and throttling must not rest on that.
 */
const { PORT, TALLY_HOST: HOSTNAME, TRUSTED_PROXY_HOPS } = env();
const app = next({ dev: false, port: PORT, hostname: HOSTNAME });
const handle = app.getRequestHandler();

app
  .prepare()
  .then(() => {
    const server = http.createServer((req, res) => {
      const forwarded = req.headers["x-forwarded-for"];
      req.headers[CLIENT_ADDRESS_HEADER] =
        clientAddressFromChain(
          Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
          req.socket.remoteAddress,
          TRUSTED_PROXY_HOPS,
        ) ?? "";
      // A server action's answer is small (the changed claim), and starting a gzip stream for each one cost
      // more CPU than the bytes it saves (measured: about 7 % of the server with 50 concurrent writers).
      if (req.headers["next-action"] !== undefined) delete req.headers["accept-encoding"];
      void handle(req, res);
    });
    server.listen(PORT, HOSTNAME, () => {
      console.log(
        `Tally listening on http://${HOSTNAME ?? "localhost"}:${PORT} (trusted proxy hops: ${TRUSTED_PROXY_HOPS})`,
      );
    });
    // Stop taking requests and exit; idle keep-alive connections must not hold the process open.
    for (const signal of ["SIGINT", "SIGTERM"] as const)
      process.on(signal, () => {
        server.close(() => process.exit(0));
        server.closeIdleConnections();
        setTimeout(() => process.exit(0), 3_000).unref();
      });
  })
  .catch((error: unknown) => {
    console.error("Tally could not start:", error);
    process.exit(1);
  });
