import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createLogger } from "../lib/json-log";
import { NotInGroupError, Oidc, type LoginState, type Session, SessionEndedError } from "./auth";
import type { AppConfig } from "./config";
import { COOKIE, KV_PROPAGATION_SECONDS, LOGIN_MAX_AGE_SECONDS, MAX_SECRET_VALUE_BYTES, SESSION_MAX_AGE_SECONDS } from "./contract";
import { auditTable, layout, messagePage, type PageContext, secretPage, workersPage } from "./html";
import { KvApiError, KvClient } from "./kv";
import { checkSecretName, ConflictError, InputError, SecretsService } from "./secrets";
import { clearCookie, constantTimeEqual, parseCookies, Sealer, setCookie } from "./session";
import { SecretsUiStore } from "./store";

/**
 * The app as one Node `(req, res)` handler (Vercel's Node launcher calls it; tests serve it on
 * loopback). Thin routing: authenticate → check CSRF → validate → act → answer.
 *
 * Logging: one line per change with names, versions and fingerprints; never a value, never a
 * request body; bad input and refused requests are answered, not logged.
 */
export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

interface Flash {
  readonly kind: "ok" | "error";
  readonly text: string;
}

/** Form bodies above this are refused before they are read in full (a value is at most 16 KiB). */
const MAX_FORM_BYTES = MAX_SECRET_VALUE_BYTES * 3 + 4096;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly heading: string,
    message: string,
  ) {
    super(message);
  }
}

export function createHandler(config: AppConfig): Handler {
  const log = createLogger({ app: "secrets-ui", environment: config.environment });
  const sealer = new Sealer(config.sessionSecret);
  const oidc = new Oidc(config.oidc);
  const kv = new KvClient(config.cloudflare);
  const store = new SecretsUiStore(config.firestore);
  const service = new SecretsService(kv, store, config.environment, (value) => sealer.fingerprint(value));
  const now = () => Math.floor(Date.now() / 1000);

  const send = (res: ServerResponse, status: number, html: string, cookies: string[] = []) => {
    res.writeHead(status, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' " + new URL(config.oidc.issuer).origin + "; frame-ancestors 'none'; base-uri 'none'",
      "referrer-policy": "same-origin",
      "x-content-type-options": "nosniff",
      ...(cookies.length ? { "set-cookie": cookies } : {}),
    });
    res.end(html);
  };
  const redirect = (res: ServerResponse, location: string, cookies: string[] = [], status = 303) => {
    res.writeHead(status, { location, "cache-control": "no-store", ...(cookies.length ? { "set-cookie": cookies } : {}) });
    res.end();
  };
  const flashCookie = (flash: Flash) => setCookie(`${COOKIE.session}_flash`, sealer.seal("flash", flash, now() + 60), 60);

  async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
    const type = String(req.headers["content-type"] ?? "");
    if (!type.startsWith("application/x-www-form-urlencoded")) throw new HttpError(415, "Unsupported form", "send the form as application/x-www-form-urlencoded");
    if (Number(req.headers["content-length"] ?? 0) > MAX_FORM_BYTES) throw new HttpError(413, "Too large", `the form is larger than ${MAX_FORM_BYTES} bytes; a secret value is at most ${MAX_SECRET_VALUE_BYTES / 1024} KiB`);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_FORM_BYTES) throw new HttpError(413, "Too large", `the form is larger than ${MAX_FORM_BYTES} bytes; a secret value is at most ${MAX_SECRET_VALUE_BYTES / 1024} KiB`);
      chunks.push(chunk as Buffer);
    }
    return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
  }

  /** The session, re-checked against the provider when due; `undefined` = not signed in. */
  async function authenticate(req: IncomingMessage, cookies: Record<string, string>, setCookies: string[]): Promise<Session | undefined> {
    const session = sealer.open<Session>("session", cookies[COOKIE.session], now());
    if (!session) return undefined;
    try {
      const checked = await oidc.recheck(session, now(), config.sessionRecheckSeconds);
      if (checked !== session) setCookies.push(setCookie(COOKIE.session, sealer.seal("session", checked, session.signedInAt + SESSION_MAX_AGE_SECONDS), SESSION_MAX_AGE_SECONDS));
      return checked;
    } catch (error) {
      setCookies.push(clearCookie(COOKIE.session));
      if (error instanceof NotInGroupError) throw new HttpError(403, "Access removed", error.message);
      if (error instanceof SessionEndedError) return undefined;
      log.error("session check failed", { error: error instanceof Error ? error.message : String(error) });
      throw new HttpError(503, "Sign-in provider unreachable", "the session could not be checked with the sign-in provider; try again in a moment");
    }
  }

  function requireCsrf(req: IncomingMessage, session: Session, form: URLSearchParams): void {
    // Two independent checks: the Origin (browsers send it on every POST) and the synchronizer token.
    const origin = req.headers.origin;
    if (origin && origin !== config.publicOrigin) throw new HttpError(403, "Request refused", "the request came from another site (Origin mismatch); nothing was changed");
    const token = form.get("_csrf") ?? "";
    if (!token || !constantTimeEqual(token, session.csrf)) throw new HttpError(403, "Request refused", "the form's CSRF token is missing or wrong (reload the page and try again); nothing was changed");
  }

  function actorOf(req: IncomingMessage, session: Session) {
    // Vercel sets x-forwarded-for / x-real-ip to the client address (vercel.com/docs/headers/request-headers).
    const forwarded = String(req.headers["x-real-ip"] ?? req.headers["x-forwarded-for"] ?? "").split(",")[0].trim();
    return { sub: session.sub, name: session.name, sourceIp: forwarded || req.socket.remoteAddress || "unknown", userAgent: String(req.headers["user-agent"] ?? "") };
  }

  return async (req, res) => {
    const url = new URL(req.url ?? "/", config.publicOrigin);
    const method = req.method ?? "GET";
    const cookies = parseCookies(req.headers.cookie);
    const setCookies: string[] = [];
    let context: PageContext = { environment: config.environment };
    try {
      if (method === "GET" && url.pathname === "/healthz") {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("ok");
        return;
      }
      if (method === "GET" && url.pathname === "/auth/login") {
        const returnTo = url.searchParams.get("return") ?? "/";
        const { url: authorizationUrl, state } = await oidc.startLogin(`${config.publicOrigin}/auth/callback`, /^\/(?!\/)/.test(returnTo) ? returnTo : "/");
        return redirect(res, authorizationUrl.href, [setCookie(COOKIE.login, sealer.seal("login", state, now() + LOGIN_MAX_AGE_SECONDS), LOGIN_MAX_AGE_SECONDS)], 302);
      }
      if (method === "GET" && url.pathname === "/auth/callback") {
        const login = sealer.open<LoginState>("login", cookies[COOKIE.login], now());
        if (!login) throw new HttpError(400, "Sign-in expired", "the sign-in took too long or started in another browser; start again");
        try {
          const session = await oidc.finishLogin(url, login, randomBytes(32).toString("base64url"), now());
          log.info("signed in", { sub: session.sub });
          return redirect(res, login.returnTo, [clearCookie(COOKIE.login), setCookie(COOKIE.session, sealer.seal("session", session, now() + SESSION_MAX_AGE_SECONDS), SESSION_MAX_AGE_SECONDS)]);
        } catch (error) {
          if (error instanceof NotInGroupError) {
            setCookies.push(clearCookie(COOKIE.login));
            throw new HttpError(403, "Not allowed", error.message);
          }
          throw new HttpError(400, "Sign-in failed", `the sign-in provider's answer was refused: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      if (method === "GET" && url.pathname === "/signed-out") return send(res, 200, layout("Signed out", context, messagePage("Signed out", "You are signed out of the Secrets UI and of the sign-in provider.", { href: "/auth/login", label: "Sign in again" })));

      const session = await authenticate(req, cookies, setCookies);
      if (!session) {
        if (method === "GET") return redirect(res, `/auth/login?return=${encodeURIComponent(url.pathname + url.search)}`, setCookies, 302);
        throw new HttpError(401, "Not signed in", "sign in first; nothing was changed");
      }
      context = { environment: config.environment, user: { name: session.name, csrf: session.csrf } };
      const flash = sealer.open<Flash>("flash", cookies[`${COOKIE.session}_flash`], now());
      if (flash) {
        context = { ...context, notice: flash };
        setCookies.push(clearCookie(`${COOKIE.session}_flash`));
      }

      if (method === "POST" && url.pathname === "/auth/logout") {
        requireCsrf(req, session, await readForm(req));
        log.info("signed out", { sub: session.sub });
        return redirect(res, (await oidc.logoutUrl(session, `${config.publicOrigin}/signed-out`)).href, [clearCookie(COOKIE.session)]);
      }
      if (method === "GET" && url.pathname === "/") {
        const views = await Promise.all(config.workers.map((worker) => service.view(worker)));
        return send(res, 200, layout("Workers", context, workersPage(views)), setCookies);
      }
      if (method === "GET" && url.pathname === "/audit") {
        return send(res, 200, layout("Audit trail", context, `<h1>Audit trail</h1><p class="lead">Every change made through this app, newest first; entries are never edited or removed by the app. Fingerprints identify values without revealing them.</p>${auditTable(await store.audit({ limit: 100 }))}`), setCookies);
      }
      const match = /^\/workers\/([^/]+)\/secrets\/?(.*)$/.exec(url.pathname);
      if (match) {
        const worker = config.workers.find((candidate) => candidate.id === decodeURIComponent(match[1]));
        if (!worker) throw new HttpError(404, "Unknown Worker", `no managed Worker is called ${JSON.stringify(decodeURIComponent(match[1]).slice(0, 64))}`);
        let key: string;
        try {
          key = decodeURIComponent(match[2]);
        } catch {
          throw new InputError("the secret name is not valid URL encoding");
        }
        const page = `/workers/${worker.id}/secrets/${encodeURIComponent(key)}`;
        if (method === "POST") {
          const form = await readForm(req);
          requireCsrf(req, session, form);
          try {
            const result = await service.change(worker, key, { action: form.get("action") ?? "", value: form.get("value") ?? undefined, expectedVersion: form.get("expectedVersion") ?? undefined, confirm: form.get("confirm") ?? undefined }, actorOf(req, session));
            log.info("secret changed", { workerId: worker.id, key, action: result.action, version: result.version, fingerprints: result.fingerprints, actor: session.sub });
            const done = result.action === "delete" ? `Deleted ${key}` : `Saved ${key} (version ${result.version}; valid values: ${result.fingerprints.join(", ")})`;
            return redirect(res, result.action === "delete" ? "/" : page, [...setCookies, flashCookie({ kind: "ok", text: `${done}. KV propagation takes up to ~${KV_PROPAGATION_SECONDS} s: some Cloudflare locations keep the previous state until then.` })]);
          } catch (error) {
            if (error instanceof ConflictError) throw new HttpError(409, "Conflict: changed meanwhile", error.message);
            if (error instanceof KvApiError) {
              log.error("KV rejected a change", { workerId: worker.id, key, status: error.status, error: error.message });
              throw new HttpError(502, "Cloudflare refused the change", `${error.message}. The change was not applied (recorded in the audit trail).`);
            }
            throw error;
          }
        }
        if (method === "GET") {
          checkSecretName(worker, key);
          const view = await service.view(worker);
          const row = view.rows.find((candidate) => candidate.key === key)!;
          const audit = (await store.audit({ workerId: worker.id, limit: 50 })).filter((entry) => entry.key === key).slice(0, 20);
          return send(res, 200, layout(key, context, secretPage(view, row, session.csrf, audit)), setCookies);
        }
      }
      throw new HttpError(404, "Not found", `nothing at ${url.pathname.slice(0, 100)}`);
    } catch (error) {
      if (res.headersSent) return;
      if (error instanceof HttpError || error instanceof InputError) {
        const status = error instanceof HttpError ? error.status : error.status;
        const heading = error instanceof HttpError ? error.heading : "Invalid input";
        return send(res, status, layout(heading, context, messagePage(heading, `${error.message}${error instanceof InputError ? "; nothing was changed" : ""}.`, { href: "/", label: "Back to the Workers" })), setCookies);
      }
      log.error("request failed", { path: url.pathname, error: error instanceof Error ? error.message : String(error) });
      return send(res, 500, layout("Error", context, messagePage("Something went wrong", error instanceof KvApiError ? error.message : "the request failed; see the function logs", { href: "/", label: "Back" })), setCookies);
    }
  };
}
