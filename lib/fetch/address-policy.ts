import { BlockList, isIP } from "node:net";

/** Address ranges a server-side fetch must never reach on a user's say-so: the machine itself, its
 * private networks, and addresses that are not a single public host. */
const REFUSED: Array<[string, number, "ipv4" | "ipv6", string]> = [
  ["0.0.0.0", 8, "ipv4", "unspecified"],
  ["10.0.0.0", 8, "ipv4", "private"],
  ["100.64.0.0", 10, "ipv4", "shared (CGNAT)"],
  ["127.0.0.0", 8, "ipv4", "loopback"],
  ["169.254.0.0", 16, "ipv4", "link-local"],
  ["172.16.0.0", 12, "ipv4", "private"],
  ["192.0.0.0", 24, "ipv4", "reserved"],
  ["192.168.0.0", 16, "ipv4", "private"],
  ["198.18.0.0", 15, "ipv4", "benchmarking"],
  ["224.0.0.0", 4, "ipv4", "multicast"],
  ["240.0.0.0", 4, "ipv4", "reserved"],
  ["::", 128, "ipv6", "unspecified"],
  ["::1", 128, "ipv6", "loopback"],
  ["fc00::", 7, "ipv6", "unique-local"],
  ["fe80::", 10, "ipv6", "link-local"],
  ["fec0::", 10, "ipv6", "site-local"],
  ["ff00::", 8, "ipv6", "multicast"],
  ["64:ff9b::", 96, "ipv6", "IPv4-translated"],
  ["2001:db8::", 32, "ipv6", "documentation"],
];

/** "::ffff:10.0.0.1" (an IPv4 address written as IPv6) is the IPv4 address, and judged as one. */
export function unmapIpv4(address: string): string {
  const lower = address.toLowerCase();
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const hi = parseInt(hex[1]!, 16);
    const lo = parseInt(hex[2]!, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return address;
}

/** Why an address may not be fetched ("loopback", "private" …), or null for a public address. */
export function refusedRange(address: string): string | null {
  const plain = unmapIpv4(address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
  const family = isIP(plain);
  if (family === 0) return "not an IP address";
  for (const [network, prefix, type, label] of REFUSED) {
    if ((family === 4) !== (type === "ipv4")) continue;
    const list = new BlockList();
    list.addSubnet(network, prefix, type);
    if (list.check(plain, type)) return label;
  }
  return null;
}

/** The allow-list setting: host names, IP addresses or CIDR ranges (comma or space separated). */
export interface AllowList {
  hosts: Set<string>;
  addresses: BlockList;
}

export function parseAllowList(setting: string | undefined): AllowList {
  const hosts = new Set<string>();
  const addresses = new BlockList();
  for (const entry of (setting ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [ip, bits] = entry.split("/");
    const family = isIP(ip ?? "");
    if (family === 0) {
      hosts.add(entry.toLowerCase().replace(/\.$/, ""));
      continue;
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) addresses.addAddress(ip!, type);
    else addresses.addSubnet(ip!, Number(bits), type);
  }
  return { hosts, addresses };
}

export function isAllowed(allow: AllowList, host: string, address: string): boolean {
  if (allow.hosts.has(host.toLowerCase().replace(/\.$/, ""))) return true;
  const plain = unmapIpv4(address);
  const family = isIP(plain);
  return family !== 0 && allow.addresses.check(plain, family === 4 ? "ipv4" : "ipv6");
}
