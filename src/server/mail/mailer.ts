import { createTransport } from 'nodemailer';
import type { HospitalProfile } from '../../shared/contracts/profile.js';
import type { Locale } from '../../shared/i18n/locale.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { describeSmtpFailure, MailDeliveryError } from './mail-delivery-error.js';
import { brandFor, renderMail, type MailTemplateData, type TemplateName } from './mail-templates.js';
import { insertSentMail, markSentMailDelivered, markSentMailFailed } from './sent-mail.repository.js';

export { MailDeliveryError } from './mail-delivery-error.js';

/** One mail to send; `data` is checked against the template named (a union over every template). */
export type MailMessage = {
  [Name in TemplateName]: { to: string; template: Name; locale: Locale; data: MailTemplateData[Name] };
}[TemplateName];

export type Mailer = {
  /**
   * Renders the mail and records it in sent_mail. With SMTP it also delivers it and rejects with a
   * MailDeliveryError when the relay refuses or cannot be reached, so the caller decides (retry, tell).
   */
  send(message: MailMessage): Promise<void>;
};

export type MailerDeps = {
  db: Database;
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>;
  clock: Clock;
  /** The hospital profile names the sender: mails never carry a hard-coded hospital or service name. */
  profile: () => Promise<HospitalProfile>;
};

/**
 * Without an SMTP URL, mail only goes to sent_mail (the development mailbox). Nothing here logs: the
 * recipient's address and the body (which may hold sign-in links) must not reach the logs.
 */
function withoutLinks(text: string): string {
  return text.replace(/https?:\/\/\S+/g, '[link]');
}

export function createMailer(deps: MailerDeps): Mailer {
  const { db, config, clock } = deps;
  const transport = config.smtpUrl
    ? createTransport(config.smtpUrl, { disableFileAccess: true, disableUrlAccess: true })
    : undefined;

  return {
    async send(message) {
      const brand = brandFor(await deps.profile(), message.locale);
      const { subject, text } = renderMail(message.template, message.locale, message.data, brand);
      const createdAt = clock.now();
      const record = {
        toAddress: message.to,
        subject,
        textBody: text,
        template: message.template,
        locale: message.locale,
        createdAt,
      };
      if (!transport) {
        // The mailbox is the destination: the mail is delivered once it is stored.
        await insertSentMail(db, { ...record, transport: 'database', sentAt: createdAt });
        return;
      }
      // Recorded before the attempt, so a crash mid-send still leaves a trace of the mail. The log keeps
      // no working link: tokens exist in our database only as hashes.
      const row = await insertSentMail(db, { ...record, textBody: withoutLinks(text), transport: 'smtp' });
      try {
        await transport.sendMail({
          from: config.mailFrom,
          to: message.to,
          subject,
          text,
          headers: { 'Content-Language': message.locale, 'Auto-Submitted': 'auto-generated' },
        });
      } catch (error) {
        const failure = describeSmtpFailure(error);
        await markSentMailFailed(db, row.id, failure.detail);
        throw new MailDeliveryError(row.id, failure.code, failure.responseCode, failure.permanent);
      }
      await markSentMailDelivered(db, row.id, clock.now());
    },
  };
}
