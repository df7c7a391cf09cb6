import { Token } from "cdktf";

/**
 * Collects every problem found in a set of props or a config before throwing once, so a user
 * fixes all of them in one round: `swarm-cluster "prod/Swarm": adminCidrs is empty; give ...`.
 */
export class Problems {
  private readonly found: string[] = [];

  constructor(private readonly subject: string) {}

  /** Records `<field> is <value>; <fix>`. Values are shown as JSON so empty strings stay visible. */
  add(field: string, value: unknown, fix: string): void {
    this.found.push(`${field} is ${describe(value)}; ${fix}`);
  }

  check(ok: boolean, field: string, value: unknown, fix: string): void {
    if (!ok) this.add(field, value, fix);
  }

  get count(): number {
    return this.found.length;
  }

  throwIfAny(): void {
    if (this.found.length === 0) return;
    const lines = this.found.length === 1 ? ` ${this.found[0]}` : `\n  - ${this.found.join("\n  - ")}`;
    throw new Error(`${this.subject}:${lines}`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  return JSON.stringify(value) ?? String(value);
}

/** A value that is a cdktf token is only known at apply time and cannot be judged at synth. */
export function isUnresolved(value: unknown): boolean {
  return (typeof value === "string" || typeof value === "number" || Array.isArray(value)) && Token.isUnresolved(value);
}

const IPV4_OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = new RegExp(`^${IPV4_OCTET}(\\.${IPV4_OCTET}){3}$`);

/** True for `a.b.c.d/n` (n ≤ 32) and IPv6 `x::y/n` (n ≤ 128). */
export function isCidr(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const [address, prefix, ...rest] = value.split("/");
  if (rest.length > 0 || prefix === undefined || !/^\d{1,3}$/.test(prefix)) return false;
  const bits = Number(prefix);
  if (IPV4.test(address)) return bits <= 32;
  return isIpv6(address) && bits <= 128;
}

function isIpv6(address: string): boolean {
  if (!/^[0-9a-fA-F:]+$/.test(address) || address.split("::").length > 2) return false;
  const groups = address.split(":").filter((group) => group !== "");
  if (groups.some((group) => group.length > 4)) return false;
  return address.includes("::") ? groups.length < 8 : groups.length === 8;
}

/** True when the CIDR admits every address of its family (`0.0.0.0/0`, `::/0`). */
export function isWholeInternet(cidr: string): boolean {
  return cidr.endsWith("/0");
}

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function isHostname(value: unknown): value is string {
  return typeof value === "string" && HOSTNAME.test(value);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0;
}

/** A pattern test that never passes a non-string (`String(undefined)` would read "undefined"). */
export function matches(pattern: RegExp, value: unknown): value is string {
  return typeof value === "string" && pattern.test(value);
}
