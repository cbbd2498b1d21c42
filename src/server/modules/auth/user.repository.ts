import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client.js';
import { passkeys, staffDepartments, users } from '../../db/schema/index.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export async function findUserByEmail(db: DbExecutor, email: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return rows[0];
}

export async function findUserById(db: DbExecutor, id: string): Promise<UserRow | undefined> {
  const rows = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

/** Inserts unless the address is taken; undefined when it is (one account per address, R-ACC-01). */
export async function insertUser(db: DbExecutor, user: NewUser): Promise<UserRow | undefined> {
  const rows = await db.insert(users).values(user).onConflictDoNothing({ target: users.email }).returning();
  return rows[0];
}

export async function updateUser(
  db: DbExecutor,
  id: string,
  changes: Partial<NewUser>,
  now: Date,
): Promise<void> {
  await db
    .update(users)
    .set({ ...changes, updatedAt: now })
    .where(eq(users.id, id));
}

/** Staff accounts only: patients' names and addresses are patient data, not user administration. */
export async function listStaff(db: DbExecutor): Promise<UserRow[]> {
  return db.select().from(users).where(ne(users.role, 'patient')).orderBy(asc(users.role), asc(users.email));
}

export async function departmentsOf(db: DbExecutor, userIds: string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (userIds.length === 0) return result;
  const rows = await db
    .select()
    .from(staffDepartments)
    .where(sql`${staffDepartments.userId} = any(${sql.param(userIds)}::uuid[])`);
  for (const row of rows) result.set(row.userId, [...(result.get(row.userId) ?? []), row.departmentCode]);
  return result;
}

export async function setDepartments(db: DbExecutor, userId: string, codes: string[]): Promise<void> {
  await db.delete(staffDepartments).where(eq(staffDepartments.userId, userId));
  if (codes.length > 0) {
    await db.insert(staffDepartments).values(codes.map((departmentCode) => ({ userId, departmentCode })));
  }
}

export async function countPasskeys(db: DbExecutor, userId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(passkeys)
    .where(and(eq(passkeys.userId, userId)));
  return rows[0]?.n ?? 0;
}

/** How many passkeys each user has, for lists that show whether a second factor is enrolled. */
export async function passkeyCounts(db: DbExecutor, userIds: string[]): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  if (userIds.length === 0) return result;
  const rows = await db
    .select({ userId: passkeys.userId, n: sql<number>`count(*)::int` })
    .from(passkeys)
    .where(sql`${passkeys.userId} = any(${sql.param(userIds)}::uuid[])`)
    .groupBy(passkeys.userId);
  for (const row of rows) result.set(row.userId, row.n);
  return result;
}
