/** IPv4 arithmetic for laying nodes out at fixed private addresses inside a subnet. */

function toNumber(address: string): number {
  return address.split(".").reduce((sum, octet) => sum * 256 + Number(octet), 0);
}

function toAddress(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

function parse(cidr: string): { base: number; size: number } {
  const [address, prefix] = cidr.split("/");
  const size = 2 ** (32 - Number(prefix));
  return { base: Math.floor(toNumber(address) / size) * size, size };
}

/** The `offset`-th address of `cidr` (0 is the network address); throws past the broadcast address. */
export function hostAddress(cidr: string, offset: number): string {
  const { base, size } = parse(cidr);
  if (offset < 1 || offset >= size - 1) throw new Error(`${cidr} has no host address at offset ${offset}`);
  return toAddress(base + offset);
}

/** True when every address of `inner` lies in `outer`. */
export function cidrContains(outer: string, inner: string): boolean {
  const a = parse(outer);
  const b = parse(inner);
  return b.base >= a.base && b.base + b.size <= a.base + a.size;
}

/** True for the RFC 1918 private ranges, the only ones a Hetzner private network accepts. */
export function isPrivateIpv4Cidr(cidr: string): boolean {
  return ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].some((range) => cidrContains(range, cidr));
}
