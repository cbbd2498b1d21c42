import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../../config.js';
import { newMasterKeyBase64 } from './envelope.js';

/**
 * The embedded default has no key management service: the master key is made once, at first start,
 * into DATA_DIR/keys (owner-only). Back it up with the data folder: without it no stored file opens.
 * Production sets FILE_MASTER_KEY (required there with DATABASE_URL, see config.ts).
 */
export async function withFileMasterKey(config: Config): Promise<Config> {
  if (config.documents.masterKey) return config;
  const folder = path.join(config.dataDir, 'keys');
  const file = path.join(folder, 'file-master.key');
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  let key: string;
  try {
    key = (await fs.readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    key = newMasterKeyBase64();
    // 'wx': two instances starting at once on one folder never write two different keys.
    await fs.writeFile(file, `${key}\n`, { mode: 0o600, flag: 'wx' }).catch(async (writeError: unknown) => {
      if ((writeError as NodeJS.ErrnoException).code !== 'EEXIST') throw writeError;
      key = (await fs.readFile(file, 'utf8')).trim();
    });
  }
  return { ...config, documents: { ...config.documents, masterKey: key } };
}
