import { describe, expect, it } from "vitest";
import { clientAddressFromChain } from "./client-address";

describe("clientAddressFromChain", () => {
  it("with no trusted proxy, is the socket's peer whatever X-Forwarded-For says", () => {
    expect(clientAddressFromChain(undefined, "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddressFromChain("1.2.3.4", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddressFromChain("1.2.3.4, 5.6.7.8", "::ffff:203.0.113.9", 0)).toBe("203.0.113.9");
  });
  it("behind one proxy, is the entry that proxy appended, not the client's forgeries", () => {
    expect(clientAddressFromChain("198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientAddressFromChain("6.6.6.6, 198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientAddressFromChain("evil, 6.6.6.6,198.51.100.7", "10.0.0.2", 1)).toBe(
      "198.51.100.7",
    );
  });
  it("behind two proxies, skips both", () => {
    expect(clientAddressFromChain("6.6.6.6, 198.51.100.7, 10.0.0.1", "10.0.0.2", 2)).toBe(
      "198.51.100.7",
    );
  });
  it("with fewer entries than proxies, takes the leftmost", () => {
    expect(clientAddressFromChain(undefined, "10.0.0.2", 3)).toBe("10.0.0.2");
    expect(clientAddressFromChain(undefined, undefined, 0)).toBeNull();
  });
});
