import * as oidc from "openid-client";
import { SESSION_RECHECK_SECONDS } from "./contract";

/**
 * Sign-in through OpenID Connect with `openid-client` v6 (panva; the OpenID-certified relying
 * party library): authorization code + PKCE (S256) + state, user info for the groups claim,
 * refresh-token grant for the periodic re-check, RP-initiated logout.
 */
export interface OidcSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret?: string;
  readonly allowedGroup: string;
  readonly scopes: string;
  /** Tests only: an `http://` issuer on loopback. */
  readonly allowInsecureLoopback: boolean;
}

/** What the session cookie holds (sealed; see session.ts). */
export interface Session {
  readonly sub: string;
  readonly name: string;
  readonly idToken: string;
  readonly refreshToken?: string;
  readonly accessToken?: string;
  /** Seconds since the epoch: when the provider last vouched for this session. */
  readonly checkedAt: number;
  readonly signedInAt: number;
  /** Synchronizer token for every state-changing form. */
  readonly csrf: string;
}

export interface LoginState {
  readonly verifier: string;
  readonly state: string;
  readonly returnTo: string;
}

export class NotInGroupError extends Error {
  override readonly name = "NotInGroupError";
  constructor(readonly group: string) {
    super(`your account is not a member of the group "${group}", which the Secrets UI requires`);
  }
}

/** The provider no longer vouches for the session (signed out, session killed, tokens revoked). */
export class SessionEndedError extends Error {
  override readonly name = "SessionEndedError";
}

export class Oidc {
  private configuration?: Promise<oidc.Configuration>;
  constructor(readonly settings: OidcSettings) {}

  /** Discovery once per instance; a failed discovery is retried on the next request. */
  config(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const { issuer, clientId, clientSecret, allowInsecureLoopback } = this.settings;
      const insecure = allowInsecureLoopback && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(`${issuer.replace(/\/?$/, "/")}`);
      this.configuration = oidc
        .discovery(new URL(issuer), clientId, undefined, clientSecret ? oidc.ClientSecretBasic(clientSecret) : oidc.None(), insecure ? { execute: [oidc.allowInsecureRequests] } : undefined)
        .catch((error) => {
          this.configuration = undefined;
          throw error;
        });
    }
    return this.configuration;
  }

  async startLogin(redirectUri: string, returnTo: string): Promise<{ url: URL; state: LoginState }> {
    const config = await this.config();
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.settings.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
    });
    return { url, state: { verifier, state, returnTo } };
  }

  /** Exchanges the code; throws `NotInGroupError` for a signed-in non-member (no session is made). */
  async finishLogin(currentUrl: URL, login: LoginState, csrf: string, nowSeconds: number): Promise<Session> {
    const config = await this.config();
    const tokens = await oidc.authorizationCodeGrant(config, currentUrl, { pkceCodeVerifier: login.verifier, expectedState: login.state, idTokenExpected: true });
    const claims = tokens.claims()!;
    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    this.requireGroup(info.groups ?? claims.groups);
    return {
      sub: claims.sub,
      name: String(info.preferred_username ?? info.email ?? info.name ?? claims.sub),
      idToken: tokens.id_token!,
      refreshToken: tokens.refresh_token,
      accessToken: tokens.refresh_token ? undefined : tokens.access_token,
      checkedAt: nowSeconds,
      signedInAt: nowSeconds,
      csrf,
    };
  }

  private requireGroup(groups: unknown): void {
    const wanted = this.settings.allowedGroup.replace(/^\//, "");
    const list = Array.isArray(groups) ? groups.map(String) : [];
    // Keycloak's group mapper sends bare names, or full paths with `full.path` true (contract §2).
    if (!list.some((group) => group === wanted || group === `/${wanted}`)) throw new NotInGroupError(this.settings.allowedGroup);
  }

  /**
   * Asks the provider whether the session still stands when it was last checked more than
   * `recheckSeconds` ago (never more than 300 s): a refresh-token grant (fails once the SSO session
   * ended — Keycloak refresh tokens end with it) and the user info (group membership still held).
   * Returns the session to store, or the same object when no check was due.
   */
  async recheck(session: Session, nowSeconds: number, recheckSeconds = SESSION_RECHECK_SECONDS): Promise<Session> {
    if (nowSeconds - session.checkedAt < Math.min(recheckSeconds, SESSION_RECHECK_SECONDS)) return session;
    const config = await this.config();
    let accessToken = session.accessToken;
    let refreshToken = session.refreshToken;
    let idToken = session.idToken;
    try {
      if (refreshToken) {
        const tokens = await oidc.refreshTokenGrant(config, refreshToken);
        accessToken = tokens.access_token;
        refreshToken = tokens.refresh_token ?? refreshToken;
        idToken = tokens.id_token ?? idToken;
      }
      if (!accessToken) throw new SessionEndedError("no token to check the session with");
      const info = await oidc.fetchUserInfo(config, accessToken, session.sub);
      this.requireGroup(info.groups);
    } catch (error) {
      if (error instanceof NotInGroupError) throw error;
      // An OAuth error (invalid_grant, invalid_token) means the provider ended the session.
      if (error instanceof oidc.ResponseBodyError || error instanceof oidc.WWWAuthenticateChallengeError || error instanceof SessionEndedError) throw new SessionEndedError(error.message);
      throw error;
    }
    return { ...session, refreshToken, accessToken: refreshToken ? undefined : accessToken, idToken, checkedAt: nowSeconds };
  }

  async logoutUrl(session: Session | undefined, postLogoutRedirectUri: string): Promise<URL> {
    const config = await this.config();
    return oidc.buildEndSessionUrl(config, { post_logout_redirect_uri: postLogoutRedirectUri, ...(session ? { id_token_hint: session.idToken } : {}) });
  }
}
