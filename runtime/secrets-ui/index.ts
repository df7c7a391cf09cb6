import type { IncomingMessage, ServerResponse } from "node:http";
import { ConfigError, loadConfig } from "./config";
import { createHandler, type Handler } from "./server";

/**
 * Entry of the Vercel function (Build Output API v3, `launcherType: "Nodejs"`, no helpers): every
 * path is routed here except the static files. The configuration is read once per instance;
 * a misconfiguration answers 500 naming the variables (never their values).
 */
let handler: Handler | undefined;

export default async function secretsUi(req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    handler ??= createHandler(loadConfig(process.env));
  } catch (error) {
    console.error(JSON.stringify({ level: "error", message: "configuration error", error: error instanceof Error ? error.message : String(error) }));
    res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end(error instanceof ConfigError ? error.message : "the Secrets UI failed to start");
    return;
  }
  await handler(req, res);
}
