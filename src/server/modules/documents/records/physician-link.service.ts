import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Locale } from '../../../../shared/i18n/locale.js';
import { calendarDateIn } from '../../../../shared/domain/calendar.js';
import type { Clock } from '../../../clock.js';
import type { Database, DbExecutor } from '../../../db/client.js';
import { physicianUploadLinks } from '../../../db/schema/index.js';
import { NotFoundError } from '../../../errors.js';
import type { Mailer } from '../../../mail/mailer.js';
import type { AuditService } from '../../audit/audit.service.js';
import { hashToken, randomToken } from '../../auth/secrets.js';
import type { RequestMeta } from '../../auth/session.service.js';
import { caseAbilities, caseActorOf, loadVisibleCase } from '../../cases/case.policy.js';
import type { ProfileService } from '../../profile/profile.service.js';
import type { DocumentUser } from './document.service.js';
import { documentRefusals } from './document-refusals.js';

/**
 * The primary physician's one-time upload link (R-FLOW-02, SPEC §5): no account, scoped to one case,
 * expiring, closed for good when the physician says they have finished. Only the token's hash is kept;
 * the token travels in the URL fragment (never in logs or Referer) and then in an Authorization header.
 */

export type PhysicianLinkRow = typeof physicianUploadLinks.$inferSelect;
export type PhysicianLinks = ReturnType<typeof createPhysicianLinks>;

const LINK_DAYS = 14;

export function createPhysicianLinks(deps: {
  db: Database;
  clock: Clock;
  audit: AuditService;
  mailer: Mailer;
  profiles: ProfileService;
  publicUrl: string;
}) {
  const { db, clock, audit } = deps;

  async function byToken(executor: DbExecutor, token: string): Promise<PhysicianLinkRow | undefined> {
    const rows = await executor
      .select()
      .from(physicianUploadLinks)
      .where(eq(physicianUploadLinks.tokenHash, hashToken(token)))
      .limit(1);
    return rows[0];
  }

  const isUsable = (link: PhysicianLinkRow | undefined, now: Date): link is PhysicianLinkRow =>
    !!link && !link.finishedAt && !link.revokedAt && link.expiresAt > now;

  return {
    /** The applicant (or the liaison centre) sends the link to the physician's address. */
    async send(
      user: DocumentUser,
      caseId: string,
      email: string,
      locale: Locale,
      meta: RequestMeta,
    ): Promise<{ expiresAt: string }> {
      const token = randomToken();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + LINK_DAYS * 24 * 3600 * 1000);
      const profile = await deps.profiles.current();
      await db.transaction(async (tx) => {
        const actor = await caseActorOf(tx, user);
        const row = await loadVisibleCase(tx, actor, caseId);
        if (!caseAbilities(actor, row).addDocuments) throw documentRefusals.closed();
        const [link] = await tx
          .insert(physicianUploadLinks)
          .values({
            caseId,
            tokenHash: hashToken(token),
            email,
            createdBy: user.id,
            createdAt: now,
            expiresAt,
          })
          .returning({ id: physicianUploadLinks.id });
        await audit.record(
          {
            actor: { userId: user.id, role: user.role },
            action: 'document.physician_link.send',
            outcome: 'success',
            target: { type: 'case', id: caseId },
            patientUserId: row.patientUserId,
            ip: meta.ip,
            requestId: meta.requestId,
            details: { linkId: link?.id },
          },
          tx,
        );
      });
      // After the commit: never a mail with a link the database does not know.
      await deps.mailer.send({
        to: email,
        template: 'physician_upload_link',
        locale,
        data: {
          link: `${deps.publicUrl}/physician-upload#token=${token}`,
          expiresOn: calendarDateIn(expiresAt, profile.timeZone),
        },
      });
      return { expiresAt: expiresAt.toISOString() };
    },

    /** The link behind a token while it may still be used; undefined otherwise. */
    async resolve(token: string): Promise<PhysicianLinkRow | undefined> {
      const link = await byToken(db, token);
      return isUsable(link, clock.now()) ? link : undefined;
    },

    /** By id (the upload owner), while it may still be used. */
    async usable(linkId: string): Promise<PhysicianLinkRow | undefined> {
      const rows = await db
        .select()
        .from(physicianUploadLinks)
        .where(
          and(
            eq(physicianUploadLinks.id, linkId),
            isNull(physicianUploadLinks.finishedAt),
            isNull(physicianUploadLinks.revokedAt),
            gt(physicianUploadLinks.expiresAt, clock.now()),
          ),
        )
        .limit(1);
      return rows[0];
    },

    /** "I have sent everything": the link closes for good. */
    async finish(token: string): Promise<void> {
      const link = await this.resolve(token);
      if (!link) throw new NotFoundError('link');
      await db
        .update(physicianUploadLinks)
        .set({ finishedAt: clock.now() })
        .where(eq(physicianUploadLinks.id, link.id));
      await audit.record({
        actor: null,
        action: 'document.physician_link.finish',
        outcome: 'success',
        target: { type: 'case', id: link.caseId },
        details: { linkId: link.id },
      });
    },

    async latestForCase(caseId: string): Promise<PhysicianLinkRow | undefined> {
      const rows = await db
        .select()
        .from(physicianUploadLinks)
        .where(eq(physicianUploadLinks.caseId, caseId))
        .orderBy(desc(physicianUploadLinks.createdAt))
        .limit(1);
      return rows[0];
    },
  };
}
