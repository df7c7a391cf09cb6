import { ENVIRONMENT_NAMES } from "../../stacks/environment";
import { scanStackJson } from "../../constructs/lib/guardrails/secret-scan";
import { resourcesOf, synthApp, SynthesizedStack } from "../support/synth";

/**
 * The one secrets rule, checked on what Terraform will actually read: no secret value in the
 * synthesized JSON of any stack (nor in the docker configs it carries), secrets only as
 * references, and no secret handed to a service through its environment or command line.
 */
const { json } = synthApp();
const stacks = [...json.entries()];

// The scanner is the library's one implementation (constructs/lib/guardrails/secret-scan.ts), also run by `npm run synth`.
const scanStack = scanStackJson;

describe("secrets in the synthesized JSON", () => {
  it("finds planted secrets (the scanner itself works)", () => {
    const planted = {
      resource: {
        docker_service: { s: { task_spec: { container_spec: { env: { DB_PASSWORD: "hunter2hunter2" } } } } },
        docker_config: { c: { data: Buffer.from('client_secret = "s3cr3tValue"\n').toString("base64") } },
        thing: { t: { value: "-----BEGIN PRIVATE KEY-----\nMIIEvQ...", token: "kF9sQ2mZx7LrT4vW1yB8nC3pD6hJ0aGe" } },
      },
    };
    const why = scanStack("planted", planted).map((f) => f.why);
    expect(why).toEqual(expect.arrayContaining(["literal value under \"DB_PASSWORD\"", "literal value for client_secret", "PEM block", "random-looking literal"]));
  });

  it("reads a Secret Manager secret's id as a name, not a secret, yet still judges what the id looks like", () => {
    const named = { data: { google_secret_manager_secret_version: { v: { project: "p", secret: "dev-backup-r2-secret-access-key" } } } };
    expect(scanStack("named", named)).toEqual([]);
    const pasted = { data: { google_secret_manager_secret_version: { v: { project: "p", secret: "kF9sQ2mZx7LrT4vW1yB8nC3pD6hJ0aGe" } } } };
    expect(scanStack("pasted", pasted).map((f) => f.why)).toEqual(["random-looking literal"]);
    // The exemption is for that one attribute: `secret` anywhere else is judged as before.
    const elsewhere = { resource: { thing: { t: { secret: "dev-backup-r2-secret-access-key" } } } };
    expect(scanStack("elsewhere", elsewhere).map((f) => f.why)).toEqual(['literal value under "secret"']);
  });

  it.each(stacks.map(([id]) => id))("holds no secret-looking literal anywhere in %s, including the docker configs it carries", (id) => {
    expect(scanStack(id, json.get(id))).toEqual([]);
  });

  it.each(stacks.map(([id]) => id))("interpolates only declared resources, data sources, variables and known functions in %s", (id) => {
    const stack = json.get(id)!;
    const declared = new Set<string>([
      ...Object.entries(stack.resource).flatMap(([type, byId]) => Object.keys(byId).map((name) => `${type}.${name}`)),
      ...Object.entries(stack.data ?? {}).flatMap(([type, byId]) => Object.keys(byId).map((name) => `data.${type}.${name}`)),
      ...Object.keys(stack.variable ?? {}).map((name) => `var.${name}`),
      "terraform.workspace",
    ]);
    // filebase64: the MongoDB change relay reads its gzipped bundle (an asset path) into a docker_config at plan time.
    const functions = new Set(["base64encode", "base64decode", "jsonencode", "replace", "timestamp", "tonumber", "concat", "filebase64", "sha256"]);
    const problems: string[] = [];
    const check = (text: string, path: string) => {
      // `$${` is an escaped, literal `${` for the shell: Terraform does not read it.
      for (const match of text.matchAll(/(?<!\$)\$\{([^]*?)\}/g)) {
        const expression = match[1];
        for (const [, fn] of expression.matchAll(/\b([a-z0-9_]+)\(/g)) if (!functions.has(fn)) problems.push(`${path}: unknown function ${fn}() in \${${expression}}`);
        const withoutStrings = expression.replace(/"(?:[^"\\]|\\.)*"/g, '""');
        const references = [...withoutStrings.matchAll(/\b(data\.[a-z0-9_]+\.[A-Za-z0-9_-]+|var\.[A-Za-z0-9_]+|terraform\.workspace|[a-z0-9][a-z0-9-]*_[a-z0-9_]+\.[A-Za-z0-9_-]+)/g)].map((m) => m[1]);
        const hasFunction = /^\s*[a-z0-9_]+\(/.test(expression);
        if (!hasFunction && references.length === 0) problems.push(`${path}: \${${expression}} is neither a reference nor a function call`);
        for (const reference of references) if (!declared.has(reference)) problems.push(`${path}: \${${expression}} refers to undeclared ${reference}`);
      }
    };
    const walk = (node: unknown, path: string) => {
      if (typeof node === "string") check(node, path);
      else if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${path}[${i}]`));
      else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) if (k !== "//") walk(v, `${path}.${k}`);
    };
    walk({ resource: stack.resource, data: stack.data, output: stack.output, provider: stack.provider }, id);
    expect(problems).toEqual([]);
  });
});

describe("secrets reach services only as docker secrets", () => {
  const servicesStacks = ENVIRONMENT_NAMES.map((env) => [env, json.get(`${env}-swarm-services`)!] as [string, SynthesizedStack]);
  const secretSources = /\b(random_password\.|random_uuid\.|tls_private_key\.|google_service_account_key\.|var\.|data\.terraform_remote_state\.|data\.google_secret_manager_secret_version\.[A-Za-z0-9_]+\.secret_data\b)/;

  it.each(servicesStacks)("gives every service plain literal environment values, and no secret on its command line (%s)", (_env, stack) => {
    for (const [address, body] of resourcesOf(stack, "docker_service")) {
      const container = (body.task_spec as { container_spec: Record<string, unknown> }).container_spec;
      for (const [name, value] of Object.entries((container.env ?? {}) as Record<string, string>)) {
        // Nothing is interpolated into an environment: a variable, a generated password or a key would show in `docker service inspect`.
        expect({ address, name, value, interpolates: /(?<!\$)\$\{/.test(value) }).toEqual({ address, name, value, interpolates: false });
      }
      for (const value of [...((container.args ?? []) as string[]), ...((container.command ?? []) as string[])]) {
        // Arguments may name a network; never a secret's source.
        expect({ address, value, secretSource: secretSources.test(value) }).toEqual({ address, value, secretSource: false });
      }
    }
  });

  it.each(servicesStacks)("fills every docker secret from a reference to generated or provider-held material, never a literal (%s)", (_env, stack) => {
    const secrets = resourcesOf(stack, "docker_secret");
    expect(secrets.length).toBeGreaterThanOrEqual(15);
    for (const [address, secret] of secrets) {
      expect({ address, data: secret.data }).toEqual({ address, data: expect.stringMatching(/^\$\{.*\}$/s) });
      expect(String(secret.data)).toMatch(secretSources);
      // Rotation: a new value creates the replacement under a new name before the old one goes.
      expect(secret.lifecycle).toEqual({ create_before_destroy: true, ignore_changes: ["name"] });
    }
  });

  it.each(servicesStacks)("reads every mounted secret from /run/secrets or the app's config directory, owner-readable unless stated (%s)", (_env, stack) => {
    for (const [address, body] of resourcesOf(stack, "docker_service")) {
      const mounts = ((body.task_spec as { container_spec: { secrets?: Array<{ file_name: string; file_mode: number }> } }).container_spec.secrets ?? []);
      for (const mount of mounts) {
        expect({ address, file: mount.file_name }).toEqual({ address, file: expect.stringMatching(/^(\/run\/secrets\/|\/etc\/netdata\/stream\.conf$)/) });
        expect([0o400, 0o444]).toContain(mount.file_mode);
      }
    }
  });
});
