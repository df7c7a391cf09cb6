/**
 * Cloudflare's proxy in front of an origin (here the backup agent behind `backup-agent.<domain>`),
 * for the one behaviour the backup path must survive: when the origin has not sent its response
 * headers within the proxy read timeout (100 s on non-Enterprise plans; `timeoutMs` here), the
 * client gets `524` ("A timeout occurred", an HTML page) and the origin connection is dropped. An
 * origin that refuses the connection is `521` ("Web server is down"), other connection errors `502`.
 * Everything else is forwarded as it is. The origin can be swapped (an agent that restarted on
 * another port).
 */
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ProxiedRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly ms: number;
}

export interface CloudflareProxyStandIn {
  readonly url: string;
  /** The origin's base URL (`http://127.0.0.1:<port>`); requests go to whatever it is when they arrive. */
  origin: string;
  /** Every request, in the order they were answered. */
  readonly requests: ProxiedRequest[];
  close(): Promise<void>;
}

const errorPage = (status: number, title: string) => `<!DOCTYPE html><html><head><title>backup-agent.example.com | ${status}: ${title}</title></head><body><h1>Error ${status}</h1><p>${title}</p></body></html>`;

export async function startCloudflareProxyStandIn(options: { origin: string; timeoutMs?: number }): Promise<CloudflareProxyStandIn> {
  const timeoutMs = options.timeoutMs ?? 100_000;
  const requests: ProxiedRequest[] = [];
  const state = { origin: options.origin };
  const server: Server = createServer((req, res) => {
    const started = Date.now();
    const method = req.method ?? "GET";
    const path = req.url ?? "/";
    const done = (status: number) => requests.push({ method, path, status, ms: Date.now() - started });
    let timedOut = false;
    const fail = (status: number, title: string) => {
      if (res.headersSent) return void res.destroy();
      res.writeHead(status, { "content-type": "text/html; charset=UTF-8", "cf-ray": "0000000000000000-FRA" }).end(errorPage(status, title));
      done(status);
    };
    const target = new URL(path, state.origin);
    const upstream = httpRequest({ host: target.hostname, port: target.port, method, path, headers: { ...req.headers, host: target.host }, agent: false }, (answer) => {
      clearTimeout(timer);
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
      answer.once("end", () => done(answer.statusCode ?? 502));
    });
    // The proxy read timeout: no response headers from the origin in time.
    const timer = setTimeout(() => {
      timedOut = true;
      upstream.destroy();
      fail(524, "A timeout occurred");
    }, timeoutMs);
    upstream.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (timedOut) return;
      if (error.code === "ECONNREFUSED") fail(521, "Web server is down");
      else fail(502, "Bad gateway");
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get origin() {
      return state.origin;
    },
    set origin(value: string) {
      state.origin = value;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
