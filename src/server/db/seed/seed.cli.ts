// npm run db:seed: seed the demo hospital once (a later run changes nothing).
import { loadConfig } from '../../config.js';
import { databaseOptionsFor } from '../options.js';
import { openDatabase } from '../client.js';
import { seedDemo } from './seed.js';

const config = loadConfig(process.env);
const database = await openDatabase(databaseOptionsFor(config));
await database.migrate();
const result = await seedDemo(database.db);
await database.close();
process.stdout.write(
  result === 'seeded' ? 'Seeded the demo hospital.\n' : 'Already seeded; nothing changed.\n',
);
