import { createTransport } from 'nodemailer';
import type { HospitalProfile } from '../../shared/contracts/profile.js';
import type { Locale } from '../../shared/i18n/locale.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { createBackgroundDelivery } from './background-delivery.js';
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
  /**
   * Renders and records the mail, and delivers it after the caller has answered, trying again while the
   * relay's refusal is temporary. For answers to anyone (sign-up, password reset) that must take the same
   * time whether or not a mail goes out — the relay's latency would tell a known address from an unknown
   * one — and must not fail with the relay: the sender can always ask for the mail again.
   */
  sendLater(message: MailMessage): Promise<void>;
  /** Waits for the deliveries under way, without further retries (the server's shutdown). */
  drain(): Promise<void>;
};

export type MailerDeps = {
  db: Database;
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>;
  clock: Clock;
  /** The hospital profile names the sender: mails never carry a hard-coded hospital or service name. */
  profile: () => Promise<HospitalProfile>;
  /** Waits before each new attempt of a `sendLater` delivery (a temporary refusal). */
  retryDelaysMs?: readonly number[];
  /** A `sendLater` mail that could not be delivered (its row in sent_mail keeps the error). */
  onGivenUp?: (error: unknown) => void;
};

const DEFAULT_RETRY_DELAYS_MS = [10_000, 60_000, 300_000];

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
    ? createTransport(
        {
          url: config.smtpUrl,
          // nodemailer waits up to 2 and 10 minutes by default: a stalled relay would hold a request, or
          // the server's shutdown (drain), that long.
          connectionTimeout: 30_000,
          greetingTimeout: 30_000,
          socketTimeout: 60_000,
        },
        { disableFileAccess: true, disableUrlAccess: true },
      )
    : undefined;

  const later = createBackgroundDelivery({
    retryDelaysMs: deps.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    onGivenUp: deps.onGivenUp ?? (() => undefined),
  });

  /** Renders and records a mail; returns its delivery over SMTP, or nothing for the database mailbox. */
  async function record(message: MailMessage): Promise<(() => Promise<void>) | undefined> {
    const brand = brandFor(await deps.profile(), message.locale);
    const { subject, text } = renderMail(message.template, message.locale, message.data, brand);
    const createdAt = clock.now();
    const row = {
      toAddress: message.to,
      subject,
      textBody: text,
      template: message.template,
      locale: message.locale,
      createdAt,
    };
    if (!transport) {
      // The mailbox is the destination: the mail is delivered once it is stored.
      await insertSentMail(db, { ...row, transport: 'database', sentAt: createdAt });
      return undefined;
    }
    // Recorded before the attempt, so a crash mid-send still leaves a trace of the mail. The log keeps
    // no working link: tokens exist in our database only as hashes.
    const { id } = await insertSentMail(db, { ...row, textBody: withoutLinks(text), transport: 'smtp' });
    return async () => {
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
        await markSentMailFailed(db, id, failure.detail);
        throw new MailDeliveryError(
          id,
          failure.code,
          failure.responseCode,
          failure.permanent,
          failure.command,
        );
      }
      await markSentMailDelivered(db, id, clock.now());
    };
  }

  return {
    async send(message) {
      await (
        await record(message)
      )?.();
    },
    async sendLater(message) {
      const deliver = await record(message);
      if (deliver) later.start(deliver);
    },
    drain: () => later.drain(),
  };
}
