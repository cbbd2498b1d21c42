import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built React app. Unknown non-API paths get index.html so client-side routes survive a
 * reload; /api/* keeps its problem+json 404.
 */
export async function registerWeb(app: FastifyInstance, distDir: string | undefined): Promise<void> {
  if (!distDir || !fs.existsSync(path.join(distDir, 'index.html'))) {
    app.log.warn('web app not built: serving the API only (run npm run build)');
    return;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: ['index.html'],
    // Hashed assets never change; index.html must always be revalidated.
    setHeaders: (res, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    if (pathname.startsWith('/api/') || path.extname(pathname) !== '') {
      return reply.callNotFound();
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
