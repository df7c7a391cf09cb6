// The Secrets UI in a real browser: playwright-core driving Debian's Chromium (/usr/bin/chromium,
// installed by .ci/run), launch flags from the machine notes. The app runs as built for Vercel
// against oidc-provider and the KV/Firestore stand-ins (harness.ts). A screenshot of the list page
// is saved to test-artifacts/secrets-ui/list.png.
import * as fs from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { splitSecretValues } from "../../runtime/lib/constant-time";
import { AIRCALL_NS, type Harness, startHarness } from "./harness";

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts/secrets-ui");
const present = fs.existsSync(CHROMIUM);
if (!present) console.warn(`Skipping the Secrets UI browser test: ${CHROMIUM} is missing (apt-get install -y chromium).`);

(present ? describe : describe.skip)("Secrets UI in Chromium", () => {
  let harness: Harness;
  let browser: Browser;
  let page: Page;
  let attacker: Server;
  let attackerOrigin: string;
  const webhookPath = "/workers/aircall-ingest/secrets/webhook-secret";

  beforeAll(async () => {
    harness = await startHarness({ recheckSeconds: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await (await browser.newContext({ viewport: { width: 1200, height: 900 } })).newPage();
    // Another site (127.0.0.1 is not the same site as localhost) with a form aimed at the app.
    attacker = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<form method="post" action="${harness.appOrigin}${webhookPath}"><input type="hidden" name="action" value="set"><input type="hidden" name="expectedVersion" value="2"><input type="hidden" name="value" value="attacker-value-0000"><button>Win a prize</button></form>`);
    });
    await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
    attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await browser?.close();
    attacker?.close();
    await harness?.close();
  });

  it("signs in at the provider and lists the Workers' secrets with the missing ones flagged", async () => {
    await page.goto(`${harness.appOrigin}/`);
    expect(page.url().startsWith(`${harness.issuer}/interaction/`)).toBe(true);
    await page.fill('input[name="login"]', "alice");
    await page.fill('input[name="password"]', "correct horse");
    await page.click('button[type="submit"]');
    await page.waitForURL(`${harness.appOrigin}/`);
    await expectText(page, "header", "Signed in as alice");
    const row = page.locator("#w-aircall-ingest ~ table tr", { hasText: "webhook-secret" });
    await expectText(page, row, "Missing");
    expect(await row.getAttribute("class")).toContain("is-missing");
  });

  it("sets the missing secret through a write-only field and says that propagation takes up to ~60 s", async () => {
    await page.click(`a[href="${webhookPath}"]`);
    expect(await page.getAttribute("#set-value", "type")).toBe("password");
    await page.fill("#set-value", "aircall-token-first-0001");
    await page.click('button:has-text("Set value")');
    await page.waitForURL(`${harness.appOrigin}${webhookPath}`);
    await expectText(page, '[role="status"]', "KV propagation takes up to ~60 s");
    expect(await page.content()).not.toContain("aircall-token-first-0001");
    expect(harness.kv.value(AIRCALL_NS, "webhook-secret")).toBe("aircall-token-first-0001");
  });

  it("rotates with overlap: both values are valid until the old one is retired", async () => {
    await page.fill("#add-value", "aircall-token-second-002");
    await page.click('button:has-text("Add value")');
    await expectText(page, '[role="status"]', "version 2");
    expect(splitSecretValues(harness.kv.value(AIRCALL_NS, "webhook-secret")!)).toEqual(["aircall-token-first-0001", "aircall-token-second-002"]);
    expect(await page.isVisible('button:has-text("Retire 1 old value")')).toBe(true);
  });

  it("shows the list with one secret set and the others missing, and saves a screenshot of it", async () => {
    await page.goto(`${harness.appOrigin}/`);
    await expectText(page, page.locator("#w-aircall-ingest ~ table tr", { hasText: "webhook-secret" }), "Set");
    await expectText(page, page.locator("#w-aircall-ingest ~ table tr", { hasText: "admin-secret" }), "Missing");
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, "list.png");
    await page.screenshot({ path: file, fullPage: true });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });

  it("shows the changes in the audit trail, attributed, with fingerprints and never the values", async () => {
    await page.click('nav a:has-text("Audit trail")');
    const rows = page.locator("table.audit tbody tr");
    expect(await rows.count()).toBe(2);
    await expectText(page, rows.nth(0), "add-value");
    await expectText(page, rows.nth(1), "set");
    expect(await rows.nth(0).innerText()).toMatch(/alice[\s\S]*aircall-ingest[\s\S]*webhook-secret[\s\S]*[0-9a-f]{4}-[0-9a-f]{4}/);
    expect(await page.content()).not.toMatch(/aircall-token-(first|second)/);
  });

  it("rejects a POST without the CSRF token and a cross-site form post, changing nothing", async () => {
    const before = harness.kv.value(AIRCALL_NS, "webhook-secret");
    const noToken = await page.request.post(`${harness.appOrigin}${webhookPath}`, { form: { action: "set", expectedVersion: "2", value: "csrf-less-value-000" }, maxRedirects: 0 });
    expect(noToken.status()).toBe(403);
    expect(await noToken.text()).toContain("CSRF token is missing or wrong");
    await page.goto(attackerOrigin);
    await page.click("button");
    await page.waitForLoadState();
    expect(await page.textContent("h1")).toMatch(/Not signed in|Request refused/);
    expect(harness.kv.value(AIRCALL_NS, "webhook-secret")).toBe(before);
  });

  it("answers a change from a stale view with a conflict instead of overwriting", async () => {
    const stale = await page.context().newPage();
    await stale.goto(`${harness.appOrigin}${webhookPath}`);
    await page.goto(`${harness.appOrigin}${webhookPath}`);
    await page.click('button:has-text("Retire 1 old value")');
    await expectText(page, '[role="status"]', "version 3");
    await stale.fill("#set-value", "stale-view-value-0000");
    await stale.click('button:has-text("Replace value")');
    await expectText(stale, "h1", "Conflict: changed meanwhile");
    await expectText(stale, "main", "changed by alice");
    expect(harness.kv.value(AIRCALL_NS, "webhook-secret")).toBe("aircall-token-second-002");
    await stale.close();
  });

  it("signs out of the app and of the provider: the next visit asks for a password again", async () => {
    await page.goto(`${harness.appOrigin}/`);
    await page.click('header button:has-text("Sign out")');
    await page.waitForURL((url) => url.href.startsWith(`${harness.issuer}/session/end`));
    await page.click('button:has-text("Yes, sign me out")');
    await page.waitForURL(`${harness.appOrigin}/signed-out`);
    await expectText(page, "main", "signed out of the Secrets UI and of the sign-in provider");
    expect((await page.context().cookies(harness.appOrigin)).map((c) => c.name)).not.toContain("secrets_ui_session");
    await page.goto(`${harness.appOrigin}/`);
    expect(page.url().startsWith(`${harness.issuer}/interaction/`)).toBe(true);
    expect(await page.isVisible('input[name="password"]')).toBe(true);
  });
});

async function expectText(page: Page, target: string | ReturnType<Page["locator"]>, text: string): Promise<void> {
  const locator = typeof target === "string" ? page.locator(target).first() : target.first();
  await locator.waitFor({ timeout: 10_000 });
  expect(await locator.innerText()).toContain(text);
}
