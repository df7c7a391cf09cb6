/**
 * The Secrets UI as deployed, on loopback: the Build Output folder built by the construct's
 * build (`buildSecretsUi`) served by a Vercel-like launcher in a child process, a real OpenID
 * provider (`oidc-provider`, child process), the KV REST stand-in and the Firestore stand-in.
 * The app's stdout/stderr are captured, so tests can prove a value never reached a log.
 */
import { ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import * as path from "node:path";
import { buildSecretsUi } from "../../constructs/secrets-ui/build";
import { ENV, type ManagedWorker, webhookIngestSecrets } from "../../runtime/secrets-ui/contract";
import { FirestoreStandIn } from "../support/firestore-stand-in";
import { KvRestStandIn } from "../support/kv-rest-stand-in";

export const AIRCALL_NS = "aircall0000000000000000000000001";
export const GUESTY_NS = "guesty00000000000000000000000001";
export const WORKERS: ManagedWorker[] = [
  { id: "aircall-ingest", title: "Aircall ingest Worker", namespaceId: AIRCALL_NS, secrets: webhookIngestSecrets() },
  { id: "guesty-ingest", title: "Guesty ingest Worker", namespaceId: GUESTY_NS, secrets: webhookIngestSecrets() },
];

export interface Harness {
  readonly appOrigin: string;
  readonly issuer: string;
  readonly kv: KvRestStandIn;
  readonly firestore: FirestoreStandIn;
  /** Everything the app process wrote to stdout and stderr so far. */
  logs(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function startChild(command: string[], env: Record<string, string>, output: { text: string }): Promise<{ child: ChildProcess; ready: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { env: { PATH: process.env.PATH ?? "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => reject(new Error(`${command[0]} did not start: ${output.text}`)), 20_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      output.text += chunk.toString();
      const ready = /READY (\S+)/.exec(output.text);
      if (ready) {
        clearTimeout(timer);
        resolve({ child, ready: ready[1] });
      }
    });
    child.stderr!.on("data", (chunk: Buffer) => (output.text += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`${command[0]} exited with ${code}: ${output.text}`)));
  });
}

export async function startHarness(options: { recheckSeconds?: number; kvToken?: "write" | "read" } = {}): Promise<Harness> {
  const kv = await KvRestStandIn.start();
  const firestore = await FirestoreStandIn.start();
  const kvToken = `kv-token-${randomBytes(8).toString("hex")}`;
  kv.addToken(kvToken, options.kvToken ?? "write");
  for (const worker of WORKERS) kv.createNamespace(worker.namespaceId);
  const serviceAccount = firestore.createServiceAccount({ projectId: "stand-in-project" });

  const appPort = await freePort();
  const appOrigin = `http://localhost:${appPort}`;
  const clientSecret = randomBytes(24).toString("hex");
  const providerOutput = { text: "" };
  const provider = await startChild([path.join(__dirname, "oidc-provider.mjs")], { APP_ORIGIN: appOrigin, CLIENT_ID: "secrets-ui", CLIENT_SECRET: clientSecret }, providerOutput);

  const build = buildSecretsUi();
  const appOutput = { text: "" };
  const app = await startChild(
    [path.join(__dirname, "vercel-launcher.cjs"), build.dir, String(appPort)],
    {
      [ENV.environment]: "dev",
      [ENV.publicOrigin]: appOrigin,
      [ENV.workers]: JSON.stringify(WORKERS),
      [ENV.sessionSecret]: randomBytes(32).toString("base64"),
      [ENV.oidcIssuer]: provider.ready,
      [ENV.oidcClientId]: "secrets-ui",
      [ENV.oidcClientSecret]: clientSecret,
      [ENV.oidcAllowedGroup]: "platform-admins",
      [ENV.oidcScopes]: "openid profile email groups",
      [ENV.oidcAllowInsecureLoopback]: "1",
      [ENV.cloudflareAccountId]: kv.accountId,
      [ENV.cloudflareApiToken]: kvToken,
      [ENV.cloudflareApiBaseUrl]: kv.baseUrl,
      [ENV.firestoreProjectId]: "stand-in-project",
      [ENV.googleServiceAccountKey]: JSON.stringify(serviceAccount),
      [ENV.firestoreBaseUrl]: firestore.baseUrl,
      [ENV.sessionRecheckSeconds]: String(options.recheckSeconds ?? 300),
    },
    appOutput,
  );
  return {
    appOrigin,
    issuer: provider.ready,
    kv,
    firestore,
    logs: () => appOutput.text,
    async close() {
      for (const child of [app.child, provider.child]) {
        child.removeAllListeners("exit");
        child.kill();
      }
      await Promise.all([kv.close(), firestore.close()]);
    },
  };
}

/**
 * A scripted browser for the server-side tests: a cookie jar per host, manual redirects, and
 * form submission (hidden inputs + given fields), enough to drive the sign-in end to end.
 */
export class ScriptedBrowser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookies(host: string): Map<string, string> {
    let cookies = this.jar.get(host);
    if (!cookies) this.jar.set(host, (cookies = new Map()));
    return cookies;
  }

  async request(url: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    const cookie = [...this.cookies(target.host)].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(target, {
      method: init.method ?? (init.form ? "POST" : "GET"),
      redirect: "manual",
      headers: { ...(cookie ? { cookie } : {}), ...(init.form ? { "content-type": "application/x-www-form-urlencoded" } : {}), ...init.headers },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (attributes.some((a) => /^\s*max-age=0$/i.test(a)) || /expires=Thu, 01 Jan 1970/i.test(header) || value === "") this.cookies(target.host).delete(name);
      else this.cookies(target.host).set(name, value);
    }
    return response;
  }

  /** Follows redirects (up to 15); returns the last response and its URL. */
  async follow(url: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<{ response: Response; url: string; body: string }> {
    let response = await this.request(url, init);
    let current = url;
    for (let hop = 0; hop < 15 && response.status >= 300 && response.status < 400; hop++) {
      current = new URL(response.headers.get("location")!, current).href;
      response = await this.request(current);
    }
    return { response, url: current, body: await response.text() };
  }

  /** Submits the first form on the page whose action matches, with its hidden inputs plus `fields`. */
  async submit(pageUrl: string, html: string, actionPattern: RegExp, fields: Record<string, string> = {}): Promise<{ response: Response; url: string; body: string }> {
    const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)];
    const form = forms.find((f) => actionPattern.test(/action="([^"]*)"/.exec(f[1])?.[1] ?? ""));
    if (!form) throw new Error(`no form matching ${actionPattern} on ${pageUrl}: ${html.slice(0, 500)}`);
    const action = new URL(decodeEntities(/action="([^"]*)"/.exec(form[1])![1]), pageUrl).href;
    const data: Record<string, string> = {};
    for (const input of form[2].matchAll(/<input\b([^>]*)>/g)) {
      const name = /name="([^"]*)"/.exec(input[1])?.[1];
      const type = /type="([^"]*)"/.exec(input[1])?.[1];
      if (name && type === "hidden") data[name] = decodeEntities(/value="([^"]*)"/.exec(input[1])?.[1] ?? "");
    }
    for (const button of form[2].matchAll(/<button\b([^>]*)>/g)) {
      const name = /name="([^"]*)"/.exec(button[1])?.[1];
      if (name) data[name] = /value="([^"]*)"/.exec(button[1])?.[1] ?? "";
    }
    return this.follow(action, { form: { ...data, ...fields } });
  }
}

export function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Signs in through the provider's login form as `user`; returns the page the app lands on. */
export async function signIn(browser: ScriptedBrowser, harness: Harness, user: string, path = "/"): Promise<{ response: Response; url: string; body: string }> {
  const start = await browser.follow(`${harness.appOrigin}${path}`);
  if (!start.url.startsWith(harness.issuer)) throw new Error(`expected the provider's login page, got ${start.url} (${start.response.status})`);
  return browser.submit(start.url, start.body, /\/interaction\//, { login: user, password: "any" });
}
