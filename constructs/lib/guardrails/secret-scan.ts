/**
 * The secret scan: finds credential-like plain text in a synthesized `cdk.tf.json`. The one
 * implementation, used by the guardrail rule GR-SECRET-PLAINTEXT, by `npm run synth` (after
 * `cdktf synth`, over every stack) and by the tests. References (`${...}`) are fine; what
 * Terraform would read as a literal is judged.
 */

export interface SecretFinding {
  readonly stack: string;
  /** Dotted JSON path: `resource.docker_service.X.task_spec.container_spec.env.DB_PASSWORD`. */
  readonly path: string;
  /** The kind of secret: "PEM private key", "whsec_ signing secret", ... */
  readonly why: string;
  /** A short, partly masked excerpt: enough to find it, not enough to use it. */
  readonly excerpt: string;
}

/** Attribute names whose literal value would be a secret. */
export const SECRET_KEY = /(password|passwd|secret|private_?key|api_?key|token|keyfile|credentials?)$/i;
const SECRET_ASSIGNMENT = /\b(\w*(?:password|secret|private_key|api_key|token))"?\s*[=:]\s*"?([^"\s,}]+)/gi;
const PEM = /-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)-----/;
const CANDIDATE = /[A-Za-z0-9+/=_-]{24,}/g;

/** Vendor formats that are secrets wherever they appear. */
const KNOWN_FORMATS: ReadonlyArray<readonly [string, RegExp]> = [
  // Svix/Standard Webhooks signing secret: `whsec_` + base64 (docs.svix.com/receiving/verifying-payloads/how-manual).
  ["whsec_ signing secret", /\bwhsec_[A-Za-z0-9+/=]{16,}/],
  // Groq API keys start with `gsk_` (console.groq.com/keys).
  ["Groq API key", /\bgsk_[A-Za-z0-9]{20,}/],
  // Qdrant JWT RBAC tokens and any other JWT (qdrant.tech/documentation/guides/security/#granular-access-control-with-jwt).
  ["JWT (e.g. a Qdrant access token)", /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/],
  // A Google service-account key file, pasted whole.
  ["service-account key JSON", /"type"\s*:\s*"service_account"|"private_key_id"\s*:\s*"[0-9a-f]{16,}"/],
  // Cloudflare API tokens are 40 characters of [A-Za-z0-9_-]; only judged as one when dense (below).
];
const CLOUDFLARE_TOKEN = /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{40}(?![A-Za-z0-9_-])/g;

/** Literal values that merely name where a secret is, not the secret. */
export const REFERENCE_LIKE = /^(\$\{|\$\(|\$[A-Za-z_]|\/run\/secrets\/|\/etc\/|\[)/;
/** Keys whose values are addresses or metadata the synthesizer wrote, never secrets. */
const ADDRESS_KEYS = new Set(["depends_on", "//", "content_file", "content_sha256"]);
/** Attributes that hold a synth-time asset path (folder names carry the bundle's hash): `type.attribute`. */
const ASSET_PATH_ATTRIBUTES = new Set(["google_storage_bucket_object.source", "cloudflare_workers_script.content_file"]);
/**
 * Attributes that name a secret in a secret store, never hold one (`root.type.attribute`): the
 * data source's `secret` is the Secret Manager secret id (provider docs,
 * data-sources/secret_manager_secret_version). Still scanned for secret-looking text.
 */
const SECRET_NAME_ATTRIBUTES = new Set(["data.google_secret_manager_secret_version.secret"]);
/** Where cdktf writes a TerraformAsset, relative to the stack: `assets/<construct id>/<content hash>/<file>` (any attribute may hold one). */
const ASSET_PATH = /^assets\/[A-Za-z0-9_.-]+\/[0-9A-Fa-f]{32,64}(\/[^\s"]*)?$/;

export function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  return [...counts.values()].reduce((sum, n) => sum - (n / text.length) * Math.log2(n / text.length), 0);
}

/** Removes `${...}` expressions (references are fine) so only literal text is judged. */
export function literalText(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "$" && value[i + 1] === "{" && value[i - 1] !== "$") {
      let depth = 0;
      for (; i < value.length; i++) {
        if (value[i] === "{") depth++;
        else if (value[i] === "}" && --depth === 0) break;
      }
      out += " ";
    } else out += value[i];
  }
  return out;
}

/** Long, mixed-case, digit-bearing and dense, in one unbroken run: identifiers and paths break into short words. */
export function looksRandom(token: string, minRun = 24): boolean {
  const unbroken = token.split(/[_./-]/).some((part) => part.length >= minRun);
  return unbroken && /[A-Z]/.test(token) && /[a-z]/.test(token) && /\d/.test(token) && entropy(token) >= 4;
}

function mask(text: string): string {
  const t = text.replace(/\s+/g, " ");
  return t.length <= 12 ? `${t.slice(0, 4)}…` : `${t.slice(0, 10)}…(${t.length} chars)`;
}

/** The secret-looking things in one literal string (after references are removed). */
export function secretsInText(text: string): Array<{ why: string; excerpt: string }> {
  const found: Array<{ why: string; excerpt: string }> = [];
  const literal = literalText(text);
  if (PEM.test(literal)) found.push({ why: "PEM block", excerpt: literal.slice(literal.search(PEM), literal.search(PEM) + 40) });
  for (const [why, pattern] of KNOWN_FORMATS) {
    const match = literal.match(pattern);
    if (match) found.push({ why, excerpt: mask(match[0]) });
  }
  for (const match of literal.matchAll(SECRET_ASSIGNMENT)) {
    // A secret written out is one dense token; code (`secret = (file) => ...`) and file names are not.
    if (/^[A-Za-z0-9+/=_.-]{8,}$/.test(match[2]) && !REFERENCE_LIKE.test(match[2]) && !/_file$/i.test(match[1])) found.push({ why: `literal value for ${match[1]}`, excerpt: `${match[1]}=${mask(match[2])}` });
  }
  for (const [token] of literal.matchAll(CLOUDFLARE_TOKEN)) {
    if (looksRandom(token, 12)) found.push({ why: "Cloudflare-style API token", excerpt: mask(token) });
  }
  for (const [token] of literal.matchAll(CANDIDATE)) {
    if (token.length !== 40 && looksRandom(token)) found.push({ why: "random-looking literal", excerpt: mask(token) });
  }
  return found;
}

/**
 * Walks every string of a synthesized stack; docker config payloads are base64-decoded and
 * scanned too, and a sensitive variable's default is a finding whatever it looks like.
 */
export function scanStackJson(stackId: string, stack: unknown): SecretFinding[] {
  const findings: SecretFinding[] = [];
  const variables = ((stack as { variable?: Record<string, Record<string, unknown>> })?.variable ?? {}) as Record<string, Record<string, unknown>>;
  for (const [name, variable] of Object.entries(variables)) {
    if (variable.sensitive === true && variable.default !== undefined && variable.default !== null && variable.default !== "") {
      findings.push({ stack: stackId, path: `variable.${name}.default`, why: "default value of a sensitive variable", excerpt: mask(String(typeof variable.default === "string" ? variable.default : JSON.stringify(variable.default))) });
    }
  }
  const walk = (node: unknown, path: string[]) => {
    const key = path[path.length - 1] ?? "";
    if (ADDRESS_KEYS.has(key)) return;
    if (path[0] === "resource" && path.length === 4 && ASSET_PATH_ATTRIBUTES.has(`${path[1]}.${key}`)) return;
    if (typeof node === "string") {
      if (ASSET_PATH.test(node)) return;
      const where = { stack: stackId, path: path.join(".") };
      const literal = literalText(node).trim();
      // A literal under a secret-named attribute: dense text is a secret; a placeholder word or a file name is not judged.
      const namesASecret = path.length === 4 && SECRET_NAME_ATTRIBUTES.has(`${path[0]}.${path[1]}.${key}`);
      if (SECRET_KEY.test(key) && !namesASecret && !/_file$/i.test(key) && literal && !REFERENCE_LIKE.test(node) && /^[A-Za-z0-9+/=_.:-]{8,}$/.test(literal)) {
        findings.push({ ...where, why: `literal value under "${key}"`, excerpt: mask(literal) });
      }
      const isConfigData = path[0] === "resource" && path[1] === "docker_config" && key === "data";
      for (const hit of secretsInText(isConfigData ? Buffer.from(node, "base64").toString("utf8") : node)) findings.push({ ...where, ...hit });
    } else if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, String(i)]));
    else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(stack, []);
  return findings;
}

export function formatSecretFindings(findings: readonly SecretFinding[]): string {
  return findings.map((f) => `  - ${f.stack}: ${f.path}: ${f.why} (${f.excerpt}); pass it as a reference (sensitive variable, Secret Manager, KV, docker secret), never as text`).join("\n");
}
