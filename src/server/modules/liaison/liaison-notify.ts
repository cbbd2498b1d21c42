import type { LocalizedText } from '../../../shared/contracts/profile.js';
import type { Database } from '../../db/client.js';
import { MailDeliveryError, type Mailer, type MailMessage } from '../../mail/mailer.js';
import { findUserById } from '../auth/user.repository.js';
import { staffToNotify } from './case-message.repository.js';
import { activeDoctorsOf } from './liaison-case.repository.js';

export type LiaisonNotifier = ReturnType<typeof createLiaisonNotifier>;

/**
 * Mail after the transaction has committed, in each recipient's language. The mails only say that
 * something is waiting behind the sign-in (case_event, new_message). A relay that refuses is recorded
 * in sent_mail by the mailer; the committed change stands, and the caller learns the mail did not go.
 */
export function createLiaisonNotifier(deps: { db: Database; mailer: Mailer; publicUrl: string }) {
  const { db, mailer, publicUrl } = deps;
  const patientLink = (caseId: string) => `${publicUrl}/applications/${caseId}`;
  const consoleLink = (caseId: string) => `${publicUrl}/liaison/cases/${caseId}`;

  async function deliver(message: MailMessage): Promise<boolean> {
    try {
      await mailer.send(message);
      return true;
    } catch (error) {
      if (error instanceof MailDeliveryError) return false;
      throw error;
    }
  }

  return {
    /** "Something happened on your application" with the event's label, to the patient's account. */
    async patientEvent(caseId: string, patientUserId: string, label: LocalizedText): Promise<boolean> {
      const patient = await findUserById(db, patientUserId);
      if (!patient || patient.status !== 'active') return false;
      return deliver({
        to: patient.email,
        template: 'case_event',
        locale: patient.locale,
        data: { link: patientLink(caseId), eventLabel: label[patient.locale] },
      });
    },

    async patientMessage(caseId: string, patientUserId: string): Promise<boolean> {
      const patient = await findUserById(db, patientUserId);
      if (!patient || patient.status !== 'active') return false;
      return deliver({
        to: patient.email,
        template: 'new_message',
        locale: patient.locale,
        data: { link: `${patientLink(caseId)}#messages` },
      });
    },

    async staffMessage(caseId: string): Promise<boolean> {
      const recipients = await staffToNotify(db, caseId);
      const sent = await Promise.all(
        recipients.map((recipient) =>
          deliver({
            to: recipient.email,
            template: 'new_message',
            locale: recipient.locale,
            data: { link: `${consoleLink(caseId)}#messages` },
          }),
        ),
      );
      return sent.some(Boolean);
    },

    /**
     * "A case awaits your review" to each active doctor of the department, in their language. Each mail
     * stands alone: one the relay refuses (kept in sent_mail) does not stop the others. Returns how many went.
     */
    async departmentReview(caseId: string, departmentCode: string): Promise<number> {
      const doctors = await activeDoctorsOf(db, departmentCode);
      const sent = await Promise.all(
        doctors.map((doctor) =>
          deliver({
            to: doctor.email,
            template: 'review_requested',
            locale: doctor.locale,
            data: { link: consoleLink(caseId) },
          }),
        ),
      );
      return sent.filter(Boolean).length;
    },
  };
}
