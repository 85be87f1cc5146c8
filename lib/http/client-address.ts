// The one place that says who the client is, for rate limits and lookup logs (DESIGN.md: never a
// client's own X-Forwarded-For). The portal's server entry (see ARCHITECTURE.md, "Client address")
// computes the address from the socket and the trusted proxy hops and passes it to the app in
// CLIENT_ADDRESS_HEADER, after dropping any value a client sent under that name.

/** Set by the server entry for every request; any incoming header of this name is removed first. */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

/**
 * The client's address given the TCP peer and the X-Forwarded-For chain. With `trustedHops` = 0
 * the peer itself is the client. With N trusted proxies in front, each appends the address it
 * saw, so the client is the N-th entry from the right of (forwarded…, peer) minus the peer: the
 * entries further left were written by the client and are ignored. A chain shorter than the
 * configured hops means a request that bypassed a proxy: the leftmost entry we have is used.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustedHops: number): string {
  const peer = normalizeAddress(socketAddress ?? "") || "unknown";
  if (trustedHops <= 0) return peer;
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => normalizeAddress(entry))
    .filter(Boolean);
  if (chain.length === 0) return peer;
  const index = Math.max(0, chain.length - trustedHops);
  return chain[index] ?? peer;
}

/**
 * What the server entry (server.mjs) does to every incoming request before Next sees it: drops
 * any client-supplied CLIENT_ADDRESS_HEADER and sets it to the resolved address.
 */
export function stampClientAddress(
  req: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } },
  trustedHops: number,
): string {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const forwarded = req.headers["x-forwarded-for"];
  const address = resolveClientAddress(req.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trustedHops);
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}

/** The address the server entry passed in; "unknown" when the app runs without it (unit tests). */
export function clientAddress(headers: { get(name: string): string | null }): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.slice(0, 64) || "unknown";
}

function normalizeAddress(raw: string): string {
  let value = raw.trim();
  // "[::1]:1234", "1.2.3.4:5678" and IPv4-mapped IPv6 all name one client.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.replace(/:\d+$/, "");
  if (value.toLowerCase().startsWith("::ffff:") && value.includes(".")) value = value.slice(7);
  return /^[0-9a-fA-F:.]{2,45}$/.test(value) ? value.toLowerCase() : "";
}
