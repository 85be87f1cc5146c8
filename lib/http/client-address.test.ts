import { describe, expect, it } from "vitest";
import { clientAddress, CLIENT_ADDRESS_HEADER, resolveClientAddress, stampClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  it("uses the socket when no proxy is trusted, whatever the client sends", () => {
    expect(resolveClientAddress("::ffff:203.0.113.9", "1.1.1.1, 2.2.2.2", 0)).toBe("203.0.113.9");
    expect(resolveClientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("takes the entry written by the outermost trusted proxy", () => {
    // client forged "6.6.6.6"; the load balancer appended the real client 198.51.100.7.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7", 1)).toBe("198.51.100.7");
    // two proxies: CDN appended the client, the load balancer appended the CDN.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 192.0.2.1", 2)).toBe("198.51.100.7");
  });

  it("ignores junk and ports", () => {
    expect(resolveClientAddress("10.0.0.2", "<script>, [2001:db8::1]:443", 1)).toBe("2001:db8::1");
    expect(resolveClientAddress("10.0.0.2", "", 1)).toBe("10.0.0.2");
  });

  it("reads the header the server entry sets", () => {
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});

describe("stampClientAddress (the server entry, server.mjs)", () => {
  it("replaces a client-supplied address header with the socket's, and ignores a rotating X-Forwarded-For", () => {
    const seen = ["1.1.1.1", "2.2.2.2", "3.3.3.3"].map((forged) => {
      const req = { headers: { [CLIENT_ADDRESS_HEADER]: forged, "x-forwarded-for": forged } as Record<string, string | string[] | undefined>, socket: { remoteAddress: "::ffff:127.0.0.1" } };
      stampClientAddress(req, 0);
      return clientAddress(new Headers(req.headers as Record<string, string>));
    });
    expect(seen).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1"]);
  });

  it("behind one trusted proxy takes the address the proxy appended", () => {
    const req = { headers: { "x-forwarded-for": ["6.6.6.6", "198.51.100.7"] } as Record<string, string | string[] | undefined>, socket: { remoteAddress: "10.0.0.2" } };
    expect(stampClientAddress(req, 1)).toBe("198.51.100.7");
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
  });
});
