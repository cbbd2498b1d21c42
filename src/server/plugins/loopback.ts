import type { FastifyRequest } from 'fastify';

/** True for this machine's own addresses (IPv4, IPv6 and IPv4-mapped IPv6). */
export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/**
 * Whether a request comes from this machine itself, not through a proxy. Judged by the socket, never by
 * request.ip: with TRUST_PROXY that is read from X-Forwarded-For, which any client can write. A request
 * that a proxy on this machine forwards carries X-Forwarded-For (or Forwarded) and is not "local".
 */
export function isFromThisMachine(request: FastifyRequest): boolean {
  const forwarded = request.headers['x-forwarded-for'] ?? request.headers.forwarded;
  return isLoopback(request.socket.remoteAddress) && forwarded === undefined;
}
