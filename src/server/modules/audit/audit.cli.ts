// npm run audit:verify: walk the audit trail of DATABASE_URL (or the embedded database) and recompute
// every hash. Exit code 0: intact; 1: tampered; 2: could not check (configuration, connection, schema).
import { loadConfig } from '../../config.js';
import { openDatabase, type DatabaseHandle } from '../../db/client.js';
import { databaseOptionsFor } from '../../db/options.js';
import { verifyAuditChain } from './audit.verify.js';

let database: DatabaseHandle | undefined;
try {
  database = await openDatabase(databaseOptionsFor(loadConfig(process.env)));
  const result = await verifyAuditChain(database.db);
  if (result.ok) {
    process.stdout.write(`Audit trail intact: ${result.count} events verified.\n`);
    process.exitCode = 0;
  } else {
    process.stdout.write(
      `Audit trail TAMPERED: ${result.problem} at event ${result.firstBadId} (${result.count} events read).\n`,
    );
    process.exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`Audit trail could not be verified: ${describe(error)}\n`);
  process.exitCode = 2;
} finally {
  await database?.close().catch(() => undefined);
}

/** Drizzle wraps driver errors ("Failed query: …"); the driver's own message says what went wrong. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error
    ? `${error.message.split('\n')[0]}: ${error.cause.message}`
    : error.message;
}
