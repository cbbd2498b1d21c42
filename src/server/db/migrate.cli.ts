// npm run db:migrate: apply the committed migrations to DATABASE_URL (or the embedded database).
import { loadConfig } from '../config.js';
import { databaseOptionsFor } from './options.js';
import { openDatabase } from './client.js';

const config = loadConfig(process.env);
const database = await openDatabase(databaseOptionsFor(config));
await database.migrate();
await database.close();
process.stdout.write('Migrations applied.\n');
