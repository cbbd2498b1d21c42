import { eq } from 'drizzle-orm';
import type { HospitalProfile } from '../../../shared/contracts/profile.js';
import { insertHospitalProfile } from '../../modules/profile/profile.repository.js';
import type { Database } from '../client.js';
import { seedRuns } from '../schema/index.js';
import { demoHospital } from './demo-hospital.js';

const DEMO_SEED = 'demo-hospital';

/**
 * Seeds the demo hospital once. The marker row makes it idempotent: a restart neither duplicates the
 * data nor overwrites what an admin has edited (or deleted) since.
 */
export async function seedDemo(
  db: Database,
  profile: HospitalProfile = demoHospital,
): Promise<'seeded' | 'already'> {
  return db.transaction(async (tx) => {
    // Concurrent starts of several instances: only the one that inserts the marker seeds.
    const inserted = await tx
      .insert(seedRuns)
      .values({ name: DEMO_SEED })
      .onConflictDoNothing()
      .returning({ name: seedRuns.name });
    if (inserted.length === 0) return 'already';
    await insertHospitalProfile(tx, profile);
    return 'seeded';
  });
}

export async function hasSeeded(db: Database): Promise<boolean> {
  const rows = await db.select().from(seedRuns).where(eq(seedRuns.name, DEMO_SEED));
  return rows.length > 0;
}
