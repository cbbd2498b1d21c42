import { pino } from 'pino';
import { buildApp, devMailboxMode } from './app.js';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/client.js';
import { databaseOptionsFor } from './db/options.js';
import { formatDemoLogins, seedDemoAccounts } from './db/seed/demo-accounts.js';
import { seedDemo } from './db/seed/seed.js';
import { createJobQueue } from './jobs/job-queue.js';
import { withFileMasterKey } from './modules/documents/storage/master-key-file.js';

async function start(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  config = await withFileMasterKey(config);

  const database = await openDatabase(databaseOptionsFor(config));
  await database.migrate();
  if (config.seedDemo) {
    if ((await seedDemo(database.db)) === 'seeded')
      process.stdout.write('Seeded the demo hospital profile.\n');
    const logins = await seedDemoAccounts(database.db, systemClock.now());
    if (logins.length > 0) process.stdout.write(formatDemoLogins(logins));
  }

  // Created before the app so its modules can register their workers; started once they have.
  const jobs = createJobQueue({
    database,
    logger: pino({ level: config.logLevel }).child({ component: 'jobs' }),
  });
  const app = await buildApp({ config, database, clock: systemClock, jobs });
  const mailbox = devMailboxMode(config);
  if (mailbox !== 'off') {
    app.log.warn(
      `no SMTP_URL: e-mail is kept in the database and shown at /dev/mail (${mailbox === 'open' ? 'to anyone' : 'to this machine only'})`,
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    // Stop taking requests, let those in flight and running jobs finish, then release the database.
    await app.close();
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await jobs.start();
  await app.listen({ host: config.host, port: config.port });
  app.log.info({ database: database.kind }, 'Consilium is ready');
}

start().catch((error: unknown) => {
  process.stderr.write(
    `Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
