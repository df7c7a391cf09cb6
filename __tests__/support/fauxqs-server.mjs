// Starts fauxqs (an S3 protocol server; ESM-only, so it runs in its own process rather than in
// jest's module system) on a loopback port and prints `{"port": N}` once it listens.
import { startFauxqs } from "fauxqs";

const server = await startFauxqs({ port: 0, host: "127.0.0.1", logger: false });
process.stdout.write(JSON.stringify({ port: server.port }) + "\n");
process.on("SIGTERM", async () => {
  await server.stop();
  process.exit(0);
});
