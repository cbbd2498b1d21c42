import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../db/client.js';
import { caseEvents, caseLiaison, caseMessages, users } from '../../db/schema/index.js';

export type CaseMessageRow = typeof caseMessages.$inferSelect;
type AuthorKind = CaseMessageRow['authorKind'];

export async function insertCaseMessage(
  db: DbExecutor,
  message: { caseId: string; authorUserId: string; authorKind: AuthorKind; body: string; createdAt: Date },
): Promise<CaseMessageRow> {
  const [row] = await db.insert(caseMessages).values(message).returning();
  if (!row) throw new Error('message insert returned nothing');
  return row;
}

export function listCaseMessages(db: DbExecutor, caseId: string) {
  return db
    .select({ message: caseMessages, authorName: users.displayName })
    .from(caseMessages)
    .leftJoin(users, eq(users.id, caseMessages.authorUserId))
    .where(eq(caseMessages.caseId, caseId))
    .orderBy(asc(caseMessages.createdAt), asc(caseMessages.id));
}

/** The reader opened the other side's messages: they are read from now on. */
export async function markMessagesRead(
  db: DbExecutor,
  caseId: string,
  writtenBy: AuthorKind,
  now: Date,
): Promise<void> {
  await db
    .update(caseMessages)
    .set({ readAt: now })
    .where(
      and(
        eq(caseMessages.caseId, caseId),
        eq(caseMessages.authorKind, writtenBy),
        isNull(caseMessages.readAt),
      ),
    );
}

export type MailRecipient = { email: string; locale: 'ja' | 'en' };

/**
 * Staff to tell about an applicant's message: those who have worked on the case (its commands, its
 * messages, its specialist); before anyone has, every active coordinator, so no message goes unseen.
 */
export async function staffToNotify(db: DbExecutor, caseId: string): Promise<MailRecipient[]> {
  const involved = sql`(
    select ${caseEvents.actorUserId} from ${caseEvents}
      where ${caseEvents.caseId} = ${caseId} and ${caseEvents.actorKind} in ('coordinator', 'doctor')
    union select ${caseMessages.authorUserId} from ${caseMessages}
      where ${caseMessages.caseId} = ${caseId} and ${caseMessages.authorKind} = 'staff'
    union select ${caseLiaison.specialistUserId} from ${caseLiaison} where ${caseLiaison.caseId} = ${caseId})`;
  const active = and(eq(users.status, 'active'), inArray(users.role, ['coordinator', 'doctor']));
  const recipients = await db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(and(active, sql`${users.id} in ${involved}`));
  if (recipients.length > 0) return recipients;
  return db
    .select({ email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.status, 'active'), eq(users.role, 'coordinator')));
}
