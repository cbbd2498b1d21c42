import path from 'node:path';
import Fastify from 'fastify';
import { registerProblemHandlers } from '../../../../plugins/problem.js';
import { noScanner } from '../../scanning/no-scanner.js';
import { masterKeyFrom } from '../../storage/envelope.js';
import { createLocalBlobStore } from '../../storage/local-blob-store.js';
import { createUploadFinalizer } from '../finalize.js';
import { registerTusUploads } from '../tus-uploads.js';

/**
 * A server with nothing but the upload routes, for tests that kill and restart a real process
 * (crash-resume.int.test.ts): `node --import tsx upload-test-server.ts`. The owner is whatever the
 * X-Test-Owner header says — a test authorizer, never for a real deployment.
 *
 * Environment: DATA_DIR (required), PORT (0 = any), MASTER_KEY (base64, 32 bytes), MAX_FILE_BYTES.
 * Prints "listening <port>" once it accepts connections.
 */

const dataDir = process.env.DATA_DIR;
const masterKey = process.env.MASTER_KEY;
if (!dataDir || !masterKey) throw new Error('DATA_DIR and MASTER_KEY are required');

const app = Fastify({ logger: process.env.LOG_LEVEL ? { level: process.env.LOG_LEVEL } : false });
registerProblemHandlers(app);
const master = masterKeyFrom(masterKey);
await registerTusUploads(app, {
  uploadDir: path.join(dataDir, 'uploads'),
  master,
  maxFileBytes: Number(process.env.MAX_FILE_BYTES ?? 1024 ** 3),
  access: 'public',
  authorize: (request) => {
    const owner = request.headers['x-test-owner'];
    return Promise.resolve(typeof owner === 'string' && owner !== '' ? { ownerId: owner } : null);
  },
  onUploadComplete: createUploadFinalizer({
    store: createLocalBlobStore(path.join(dataDir, 'files')),
    master,
    scanner: noScanner,
  }),
});
const address = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.stdout.write(`listening ${new URL(address).port}\n`);

// A clean exit on SIGTERM/SIGINT (the benchmark stops it so), so `--cpu-prof` and the like write their output.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void app.close().finally(() => process.exit(0));
  });
}
