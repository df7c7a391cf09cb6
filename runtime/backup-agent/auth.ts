// Who may start a backup: only a Google-signed identity token (RS256, Google's JWKS) whose
// audience is this agent and whose verified email is the backup function's service account
// (google-events-identity.md §4). Verified with `jose`, a maintained JOSE library.
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from "jose";

export interface CallerPolicy {
  readonly jwksUrl: string;
  readonly issuers: readonly string[];
  readonly audience: string;
  readonly callerEmail: string;
  readonly clockToleranceSec: number;
  readonly maxTokenAgeSec: number;
}

export class AuthError extends Error {
  override readonly name = "AuthError";
  constructor(
    message: string,
    /** 401: no or invalid token; 403: a valid token of someone else. */
    readonly status: 401 | 403,
  ) {
    super(message);
  }
}

export type Authenticator = (authorization: string | undefined) => Promise<JWTPayload>;

export function createAuthenticator(policy: CallerPolicy): Authenticator {
  // Caches the key set and refetches on an unknown `kid` (Google rotates its keys).
  const jwks = createRemoteJWKSet(new URL(policy.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
  return async (authorization) => {
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization ?? "");
    if (!match) throw new AuthError("missing bearer token", 401);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1], jwks, {
        algorithms: ["RS256"],
        issuer: [...policy.issuers],
        audience: policy.audience,
        clockTolerance: policy.clockToleranceSec,
        maxTokenAge: policy.maxTokenAgeSec,
        requiredClaims: ["exp", "iat", "email"],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new AuthError("token expired", 401);
      if (error instanceof errors.JWTClaimValidationFailed) throw new AuthError(`token claim "${error.claim}" rejected: ${error.reason}`, 401);
      throw new AuthError(`token rejected: ${error instanceof Error ? error.name : "invalid"}`, 401);
    }
    // A token from Google for another identity (any service account can get one for any audience).
    if (payload.email !== policy.callerEmail || payload.email_verified !== true) throw new AuthError(`caller ${String(payload.email)} is not allowed`, 403);
    return payload;
  };
}
