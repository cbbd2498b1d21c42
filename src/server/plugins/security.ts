import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers with a CSP the app itself passes: scripts only from our origin; inline styles are
 * allowed because the UI library sets style attributes.
 */
export async function registerSecurity(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // wasm-unsafe-eval lets the browser compile WebAssembly (the SHA-256 of uploads, hash-wasm) and
        // nothing else: eval and inline scripts stay forbidden.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        workerSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        // The console shows a case's PDFs in a frame of our own inline endpoint (sandboxed by its own
        // CSP); nothing else is framed, and <object>/<embed> stay forbidden.
        frameSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // No upgrade-insecure-requests: TLS ends at the reverse proxy, and a plain local start must work.
      },
    },
    // HSTS only matters behind TLS; harmless otherwise.
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  // A ceiling for every route; sensitive routes (sign-in, sign-up) set stricter limits of their own.
  await app.register(rateLimit, { global: true, max: 600, timeWindow: '1 minute' });
}
