// Liveness as the docker health check sees it: `/healthz` answers 200 while the relay made
// progress (a change-stream reply or an acknowledged publish) within `staleMs`, else 503. A relay
// that cannot reach MongoDB or Pub/Sub keeps retrying, so it never exits on its own; the health
// check is what tells operators (and `docker service ps`) that it is stuck.
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export class Health {
  private lastProgressMs: number;
  private lastError: string | undefined;

  constructor(
    private readonly staleMs: number,
    private readonly now: () => number = Date.now,
  ) {
    // Starting counts as progress: the start period of the docker check covers the first connect.
    this.lastProgressMs = now();
  }

  progress(): void {
    this.lastProgressMs = this.now();
    this.lastError = undefined;
  }

  failure(message: string): void {
    this.lastError = message;
  }

  status(): { healthy: boolean; secondsSinceProgress: number; lastError?: string } {
    const since = (this.now() - this.lastProgressMs) / 1000;
    return { healthy: since * 1000 <= this.staleMs, secondsSinceProgress: Math.round(since), ...(this.lastError ? { lastError: this.lastError } : {}) };
  }
}

/**
 * Serves `GET <path>` on 127.0.0.1:`port` (0 = any free port); resolves with the server and its
 * port. Loopback only: the docker health check runs inside the container, nothing else needs it.
 */
export async function serveHealth(health: Health, port: number, path: string): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((request, response) => {
    if (request.method !== "GET" || request.url !== path) {
      response.writeHead(404).end();
      return;
    }
    const status = health.status();
    response.writeHead(status.healthy ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify(status));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
