// A real OpenID provider on loopback standing in for Keycloak (which cannot run here):
// panva's certified `oidc-provider` 9, configured like the realm's `secrets-ui` client
// (constructs/swarm-services/realm.ts; ../shared/contracts/secrets-ui.md §2–3):
// - authorization code + PKCE (S256), the `groups` claim (bare names, like Keycloak's group
//   mapper with full.path false) from user info;
// - refresh tokens bound to the SSO session without `offline_access` (Keycloak issues refresh
//   tokens that end with the SSO session), so a killed session fails the app's re-check;
// - no consent screen (a first-party client, as in Keycloak), RP-initiated logout on.
// Users: any login works (devInteractions); the group comes from USERS below.
// Run as a child process (ESM); prints "READY <issuer>" once listening.
import Provider from "oidc-provider";

const { APP_ORIGIN, CLIENT_ID, CLIENT_SECRET } = process.env;
const USERS = { alice: ["platform-admins"], bob: ["platform-admins", "staff"], mallory: ["staff"] };

const server = (await import("node:http")).createServer();
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [`${APP_ORIGIN}/auth/callback`],
      post_logout_redirect_uris: [`${APP_ORIGIN}/signed-out`],
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ["sub"], profile: ["preferred_username", "name"], email: ["email", "email_verified"], groups: ["groups"] },
  scopes: ["openid", "profile", "email", "groups", "offline_access"],
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true }, revocation: { enabled: true } },
  async findAccount(_ctx, sub) {
    return {
      accountId: sub,
      async claims() {
        return { sub, preferred_username: sub, name: sub, email: `${sub}@example.com`, email_verified: true, groups: USERS[sub] ?? [] };
      },
    };
  },
  // Keycloak issues a refresh token on every code exchange; these end with the session.
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed("refresh_token"),
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope("openid profile email groups");
    await grant.save();
    return grant;
  },
  ttl: { AccessToken: 300, IdToken: 300, RefreshToken: 3600, Session: 3600, Interaction: 600, Grant: 3600 },
});
provider.on("server_error", (_ctx, error) => console.error("provider error", error));
const callback = provider.callback();
// Test hook, as an admin changing group membership in Keycloak: POST /__test/groups?user=alice&groups=a,b
server.on("request", (req, res) => {
  const url = new URL(req.url, issuer);
  if (req.method === "POST" && url.pathname === "/__test/groups") {
    USERS[url.searchParams.get("user")] = (url.searchParams.get("groups") || "").split(",").filter(Boolean);
    res.writeHead(204).end();
    return;
  }
  callback(req, res);
});
process.stdout.write(`READY ${issuer}\n`);
