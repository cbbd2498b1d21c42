import fs from 'node:fs/promises';

/** fsync of a folder: a file created, renamed or linked in it survives a power cut under that name. */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
