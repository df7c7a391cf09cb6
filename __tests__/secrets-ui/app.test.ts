// The Secrets UI's server side, as built for Vercel (Build Output folder served by a Vercel-like
// launcher), against a real OpenID provider (oidc-provider 9) and the KV REST and Firestore
// stand-ins. Requests go through a scripted browser (cookie jar, redirects, forms).
import { splitSecretValues } from "../../runtime/lib/constant-time";
import { COOKIE, MAX_SECRET_VALUE_BYTES } from "../../runtime/secrets-ui/contract";
import { AIRCALL_NS, decodeEntities, GUESTY_NS, type Harness, ScriptedBrowser, signIn, startHarness } from "./harness";

const SECRET_PAGE = "/workers/aircall-ingest/secrets/webhook-secret";

function csrfOf(html: string): string {
  return decodeEntities(/name="_csrf" value="([^"]*)"/.exec(html)![1]);
}
function versionOf(html: string): string {
  return /name="expectedVersion" value="(\d+)"/.exec(html)![1];
}
async function auditRows(browser: ScriptedBrowser, harness: Harness): Promise<string[]> {
  const { body } = await browser.follow(`${harness.appOrigin}/audit`);
  return [...body.matchAll(/<tr><td><time[\s\S]*?<\/tr>/g)].map((m) => m[0]);
}

describe("Secrets UI server (re-check every 300 s)", () => {
  let harness: Harness;
  let alice: ScriptedBrowser;
  beforeAll(async () => {
    harness = await startHarness();
    alice = new ScriptedBrowser();
    await signIn(alice, harness, "alice");
  });
  afterAll(() => harness?.close());

  /** Opens the secret page and submits the form for `action` with `fields`. */
  async function change(browser: ScriptedBrowser, path: string, action: string, fields: Record<string, string> = {}) {
    const page = await browser.follow(`${harness.appOrigin}${path}`);
    const forms = [...page.body.matchAll(/<form method="post" action="([^"]*)" class="card[^"]*">([\s\S]*?)<\/form>/g)];
    const form = forms.find((f) => f[2].includes(`name="action" value="${action}"`));
    if (!form) throw new Error(`no ${action} form on ${path}`);
    return browser.follow(`${harness.appOrigin}${decodeEntities(form[1])}`, { form: { _csrf: csrfOf(form[2]), expectedVersion: versionOf(form[2]), action, ...fields } });
  }

  it("signs in with the authorization code flow and PKCE S256, then lists each Worker's expected secrets with the missing ones flagged", async () => {
    const browser = new ScriptedBrowser();
    const first = await browser.request(`${harness.appOrigin}/auth/login`);
    const authorization = new URL(first.headers.get("location")!);
    expect(authorization.origin).toBe(harness.issuer);
    expect(authorization.searchParams.get("response_type")).toBe("code");
    expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorization.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorization.searchParams.get("state")).toBeTruthy();

    const landed = await signIn(browser, harness, "bob");
    expect(landed.url).toBe(`${harness.appOrigin}/`);
    expect(landed.body).toContain("Signed in as <strong>bob</strong>");
    expect(landed.body).toContain("Aircall ingest Worker");
    expect(landed.body).toContain("Guesty ingest Worker");
    expect(landed.body.match(/<code>webhook-secret<\/code>/g)).toHaveLength(2);
    expect(landed.body).toContain('<span class="badge missing">Missing</span>');
    // The session cookie is HTTP-only, Secure and SameSite; its content is sealed.
    const setCookie = (await browser.request(`${harness.appOrigin}/auth/login`)).headers.get("set-cookie")!;
    expect(setCookie).toMatch(/HttpOnly; Secure; SameSite=Lax/);
    expect(browser.cookies("localhost:" + new URL(harness.appOrigin).port).get(COOKIE.session)).not.toMatch(/bob|eyJ/);
  });

  it("rejects a signed-in user outside the allowed group with 403 and gives no session", async () => {
    const mallory = new ScriptedBrowser();
    const landed = await signIn(mallory, harness, "mallory");
    expect(landed.response.status).toBe(403);
    expect(landed.body).toContain("not a member of the group &quot;platform-admins&quot;");
    expect(mallory.cookies(new URL(harness.appOrigin).host).has(COOKIE.session)).toBe(false);
    const again = await mallory.request(`${harness.appOrigin}/`);
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toMatch(/^\/auth\/login/);
  });

  it("redirects an unauthenticated page view to sign-in and refuses an unauthenticated change with 401, writing nothing", async () => {
    const stranger = new ScriptedBrowser();
    const view = await stranger.request(`${harness.appOrigin}${SECRET_PAGE}`);
    expect(view.status).toBe(302);
    expect(view.headers.get("location")).toBe(`/auth/login?return=${encodeURIComponent(SECRET_PAGE)}`);
    const writes = harness.kv.writes().length;
    const post = await stranger.request(`${harness.appOrigin}${SECRET_PAGE}`, { form: { action: "set", value: "tok_x", expectedVersion: "0", _csrf: "x" } });
    expect(post.status).toBe(401);
    expect(await post.text()).toContain("sign in first; nothing was changed");
    expect(harness.kv.writes()).toHaveLength(writes);
  });

  it("rejects a session cookie that was altered by one character", async () => {
    const forger = new ScriptedBrowser();
    await signIn(forger, harness, "alice");
    const cookies = forger.cookies(new URL(harness.appOrigin).host);
    const sealed = cookies.get(COOKIE.session)!;
    cookies.set(COOKIE.session, sealed.slice(0, 40) + (sealed[40] === "A" ? "B" : "A") + sealed.slice(41));
    const response = await forger.request(`${harness.appOrigin}/`);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/auth\/login/);
  });

  it("sets a missing secret write-only: KV holds it with version metadata, no page, log or audit entry contains it, the audit entry carries its fingerprint", async () => {
    const value = "aircall_tok_1f2e3d4c5b6a";
    const saved = await change(alice, SECRET_PAGE, "set", { value });
    expect(saved.url).toBe(`${harness.appOrigin}${SECRET_PAGE}`);
    expect(saved.body).toContain("KV propagation takes up to ~60 s");
    expect(saved.body).toContain("version 1");
    expect(harness.kv.value(AIRCALL_NS, "webhook-secret")).toBe(value);
    expect(harness.kv.metadata(AIRCALL_NS, "webhook-secret")).toMatchObject({ v: 1, by: "alice" });

    const list = await alice.follow(`${harness.appOrigin}/`);
    const audit = await alice.follow(`${harness.appOrigin}/audit`);
    for (const text of [saved.body, list.body, audit.body, harness.logs()]) expect(text).not.toContain(value);
    const rows = await auditRows(alice, harness);
    expect(rows[0]).toMatch(/alice[\s\S]*<td>set<\/td><td>aircall-ingest<\/td><td><code>webhook-secret<\/code><\/td><td>1<\/td><td><code>[0-9a-f]{4}(-[0-9a-f]{4}){5}<\/code><\/td><td>[^<]*(127\.0\.0\.1|::1)/);
    expect(list.body).toMatch(/<code>webhook-secret<\/code>[\s\S]*?badge set/);
  });

  it("rotates with overlap: an added value is accepted alongside the old one (as the ingest runtime splits them), and retiring keeps only the newest", async () => {
    const path = "/workers/guesty-ingest/secrets/webhook-secret";
    await change(alice, path, "set", { value: "whsec_old0000000000000000" });
    const added = await change(alice, path, "add-value", { value: "whsec_new1111111111111111" });
    expect(added.response.status).toBe(200);
    expect(splitSecretValues(harness.kv.value(GUESTY_NS, "webhook-secret")!)).toEqual(["whsec_old0000000000000000", "whsec_new1111111111111111"]);
    expect(added.body).toContain("Retire 1 old value");
    const retired = await change(alice, path, "retire-old-values");
    expect(retired.body).toContain("version 3");
    expect(harness.kv.value(GUESTY_NS, "webhook-secret")).toBe("whsec_new1111111111111111");
    const actions = (await auditRows(alice, harness)).slice(0, 3).map((row) => /<td>([a-z-]+)<\/td><td>guesty-ingest/.exec(row)?.[1]);
    expect(actions).toEqual(["retire-old-values", "add-value", "set"]);
  });

  it("answers a change made from a stale view with 409 naming who changed it, and leaves KV as the newer change left it", async () => {
    const path = "/workers/aircall-ingest/secrets/admin-secret";
    await change(alice, path, "set", { value: "admin-secret-v1-abcdef" });
    const stale = await alice.follow(`${harness.appOrigin}${path}`);
    const bob = new ScriptedBrowser();
    await signIn(bob, harness, "bob");
    await change(bob, path, "set", { value: "admin-secret-v2-abcdef" });
    const conflict = await alice.follow(`${harness.appOrigin}${path}`, { form: { _csrf: csrfOf(stale.body), expectedVersion: versionOf(stale.body), action: "set", value: "admin-secret-v3-abcdef" } });
    expect(conflict.response.status).toBe(409);
    expect(conflict.body).toContain("changed by bob");
    expect(conflict.body).toContain("nothing was written");
    expect(harness.kv.value(AIRCALL_NS, "admin-secret")).toBe("admin-secret-v2-abcdef");
  });

  it("lets exactly one of two simultaneous changes from the same view win; the other gets 409", async () => {
    const path = "/workers/guesty-ingest/secrets/admin-secret";
    const page = await alice.follow(`${harness.appOrigin}${path}`);
    const form = (value: string) => ({ _csrf: csrfOf(page.body), expectedVersion: versionOf(page.body), action: "set", value });
    const answers = await Promise.all([alice.request(`${harness.appOrigin}${path}`, { form: form("race-a-0000000000") }), alice.request(`${harness.appOrigin}${path}`, { form: form("race-b-0000000000") })]);
    expect(answers.map((a) => a.status).sort()).toEqual([303, 409]);
    const winner = answers[0].status === 303 ? "race-a-0000000000" : "race-b-0000000000";
    expect(harness.kv.value(GUESTY_NS, "admin-secret")).toBe(winner);
  });

  it("rejects a POST without the CSRF token, or from another Origin, with 403 and changes nothing", async () => {
    const writes = harness.kv.writes().length;
    const page = await alice.follow(`${harness.appOrigin}${SECRET_PAGE}`);
    const noToken = await alice.request(`${harness.appOrigin}${SECRET_PAGE}`, { form: { expectedVersion: versionOf(page.body), action: "set", value: "csrf-attempt-000000" } });
    expect(noToken.status).toBe(403);
    expect(await noToken.text()).toContain("CSRF token is missing or wrong");
    const foreign = await alice.request(`${harness.appOrigin}${SECRET_PAGE}`, { form: { _csrf: csrfOf(page.body), expectedVersion: versionOf(page.body), action: "set", value: "csrf-attempt-000000" }, headers: { origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    const logout = await alice.request(`${harness.appOrigin}/auth/logout`, { form: {} });
    expect(logout.status).toBe(403);
    expect(harness.kv.writes()).toHaveLength(writes);
    expect(harness.logs()).not.toContain("csrf-attempt");
  });

  it.each([
    ["an empty name", "/workers/aircall-ingest/secrets/", { value: "x-valid-00000" }, 400, "the secret name is empty"],
    ["a name outside [A-Za-z0-9._-]", "/workers/aircall-ingest/secrets/bad%20name%2F1", { value: "x-valid-00000" }, 400, "has characters outside A-Z"],
    ["a name the Worker does not read", "/workers/aircall-ingest/secrets/not-expected", { value: "x-valid-00000" }, 404, "is not a secret the Aircall ingest Worker reads"],
    ["an empty value", SECRET_PAGE, { value: "" }, 400, "the value is empty"],
    ["an oversized value", SECRET_PAGE, { value: "v".repeat(MAX_SECRET_VALUE_BYTES + 1) }, 413, "larger than 16 KiB"],
    ["a form body far above the limit", SECRET_PAGE, { value: "v".repeat(MAX_SECRET_VALUE_BYTES * 4) }, 413, "the form is larger than"],
    ["a value with surrounding whitespace", SECRET_PAGE, { value: " padded-value-0000 " }, 400, "starts or ends with whitespace"],
    ["a value with a separator for a multi-value secret", SECRET_PAGE, { value: "two,values-0000" }, 400, "spaces or commas"],
    ["a Terraform-written key", "/workers/aircall-ingest/secrets/google-service-account", { value: "{}-not-a-key-000" }, 403, "written by Terraform"],
    ["an unknown action", SECRET_PAGE, { value: "x-valid-00000", action: "read" }, 400, "unknown action"],
  ])("rejects %s with a clear error, writing and logging nothing", async (_what, path, fields, status, message) => {
    const page = await alice.follow(`${harness.appOrigin}${SECRET_PAGE}`);
    const writes = harness.kv.writes().length;
    const audit = (await auditRows(alice, harness)).length;
    const logged = harness.logs().length;
    const answer = await alice.follow(`${harness.appOrigin}${path}`, { form: { _csrf: csrfOf(page.body), expectedVersion: versionOf(page.body), action: "set", ...fields } });
    expect(answer.response.status).toBe(status);
    expect(decodeEntities(answer.body)).toContain(message);
    expect(harness.kv.writes()).toHaveLength(writes);
    expect(await auditRows(alice, harness)).toHaveLength(audit);
    expect(harness.logs().length).toBe(logged);
  });

  it("deletes only after the secret's name is typed as confirmation", async () => {
    const path = "/workers/aircall-ingest/secrets/admin-secret";
    const refused = await change(alice, path, "delete", { confirm: "admin" });
    expect(refused.response.status).toBe(400);
    expect(decodeEntities(refused.body)).toContain('type the secret\'s name "admin-secret"');
    expect(harness.kv.value(AIRCALL_NS, "admin-secret")).toBeDefined();
    const deleted = await change(alice, path, "delete", { confirm: "admin-secret" });
    expect(deleted.url).toBe(`${harness.appOrigin}/`);
    expect(deleted.body).toContain("Deleted admin-secret");
    expect(harness.kv.value(AIRCALL_NS, "admin-secret")).toBeUndefined();
  });

  it("shows Cloudflare's rejection with a hint, records the failure, and restores the version so the same view can retry", async () => {
    const path = "/workers/guesty-ingest/secrets/admin-secret";
    const page = await alice.follow(`${harness.appOrigin}${path}`);
    const before = harness.kv.value(GUESTY_NS, "admin-secret");
    harness.kv.failNext("write", 403, 10000, "Authentication error");
    const form = { _csrf: csrfOf(page.body), expectedVersion: versionOf(page.body), action: "set", value: "after-failure-000000" };
    const failed = await alice.follow(`${harness.appOrigin}${path}`, { form });
    expect(failed.response.status).toBe(502);
    expect(decodeEntities(failed.body)).toContain("Cloudflare KV write value failed (HTTP 403): 10000 Authentication error — the API token lacks Workers KV Storage Edit");
    expect(harness.kv.value(GUESTY_NS, "admin-secret")).toBe(before);
    expect((await auditRows(alice, harness))[0]).toContain("set-failed");
    const retried = await alice.follow(`${harness.appOrigin}${path}`, { form });
    expect(retried.response.status).toBe(200);
    expect(harness.kv.value(GUESTY_NS, "admin-secret")).toBe("after-failure-000000");
  });

  it("explains KV's one-write-per-second limit when a second change to a key follows at once, and keeps the first", async () => {
    const path = "/workers/aircall-ingest/secrets/webhook-secret";
    await new Promise((resolve) => setTimeout(resolve, 1100)); // clear of earlier tests' writes to this key
    harness.kv.enforceWriteRate = true;
    try {
      await change(alice, path, "set", { value: "rate-first-000000" });
      const second = await change(alice, path, "add-value", { value: "rate-second-00000" });
      expect(second.response.status).toBe(502);
      expect(decodeEntities(second.body)).toContain("429");
      expect(decodeEntities(second.body)).toContain("1 write per second per key");
      expect(harness.kv.value(AIRCALL_NS, "webhook-secret")).toBe("rate-first-000000");
    } finally {
      harness.kv.enforceWriteRate = false;
    }
  });

  it("flags a secret changed outside the app (KV metadata version differs from the app's record)", async () => {
    harness.kv.seed(AIRCALL_NS, "webhook-secret", "written-by-wrangler-0000");
    const list = await alice.follow(`${harness.appOrigin}/`);
    expect(list.body).toMatch(/<code>webhook-secret<\/code>[\s\S]*?changed outside the Secrets UI/);
  });
});

describe("Secrets UI server (re-check on every request)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ recheckSeconds: 0 });
  });
  afterAll(() => harness?.close());

  it("notices a session ended at the provider on the next request and sends the user to sign in again", async () => {
    const browser = new ScriptedBrowser();
    await signIn(browser, harness, "alice");
    const appCookies = new Map(browser.cookies(new URL(harness.appOrigin).host));
    // End the provider session behind the app's back (as an admin's "sign out all sessions" would).
    const end = await browser.follow(`${harness.issuer}/session/end`);
    await browser.submit(end.url, end.body, /\/session\/end\/confirm/, { logout: "yes" });
    for (const [name, value] of appCookies) browser.cookies(new URL(harness.appOrigin).host).set(name, value);
    const after = await browser.request(`${harness.appOrigin}/`);
    expect(after.status).toBe(302);
    expect(after.headers.get("location")).toMatch(/^\/auth\/login/);
    expect(after.headers.getSetCookie().join("\n")).toMatch(new RegExp(`${COOKIE.session}=; Path=/; Max-Age=0`));
  });

  it("ends the session with 403 once the user is removed from the allowed group at the provider", async () => {
    const browser = new ScriptedBrowser();
    await signIn(browser, harness, "bob");
    expect((await browser.request(`${harness.appOrigin}/`)).status).toBe(200);
    await fetch(`${harness.issuer}/__test/groups?user=bob&groups=staff`, { method: "POST" });
    try {
      const after = await browser.request(`${harness.appOrigin}/`);
      expect(after.status).toBe(403);
      expect(await after.text()).toContain("not a member of the group &quot;platform-admins&quot;");
      expect(browser.cookies(new URL(harness.appOrigin).host).has(COOKIE.session)).toBe(false);
    } finally {
      await fetch(`${harness.issuer}/__test/groups?user=bob&groups=platform-admins,staff`, { method: "POST" });
    }
  });

  it("signs out through RP-initiated logout: the app cookie is cleared and the provider's session is gone", async () => {
    const browser = new ScriptedBrowser();
    const home = await signIn(browser, harness, "alice");
    const logout = await browser.request(`${harness.appOrigin}/auth/logout`, { form: { _csrf: csrfOf(home.body) } });
    expect(logout.status).toBe(303);
    const endSession = new URL(logout.headers.get("location")!);
    expect(endSession.origin + endSession.pathname).toBe(`${harness.issuer}/session/end`);
    expect(endSession.searchParams.get("id_token_hint")).toMatch(/^eyJ/);
    expect(endSession.searchParams.get("post_logout_redirect_uri")).toBe(`${harness.appOrigin}/signed-out`);
    expect(browser.cookies(new URL(harness.appOrigin).host).has(COOKIE.session)).toBe(false);

    const confirm = await browser.follow(endSession.href);
    const done = await browser.submit(confirm.url, confirm.body, /\/session\/end\/confirm/, { logout: "yes" });
    expect(done.url).toBe(`${harness.appOrigin}/signed-out`);
    expect(done.body).toContain("signed out of the Secrets UI and of the sign-in provider");
    // Visiting the app again needs a fresh login at the provider: no SSO session is left.
    const again = await browser.follow(`${harness.appOrigin}/`);
    expect(again.url.startsWith(`${harness.issuer}/interaction/`)).toBe(true);
    expect(again.body).toContain('name="password"');
  });
});
