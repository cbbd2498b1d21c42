/**
 * The SMTP relay did not take a mail. The message names only the failure's codes: callers log it, and the
 * relay's own reply often quotes the recipient's address (that full reply is kept in sent_mail.error).
 */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';
  constructor(
    /** The sent_mail row that records the attempt. */
    readonly mailId: string,
    /** Nodemailer's error code, e.g. EENVELOPE, ECONNECTION. */
    readonly code: string | undefined,
    /** The SMTP reply code, when the relay answered. */
    readonly responseCode: number | undefined,
    /** True when the relay refused for good (5xx): sending the same mail again will not help. */
    readonly permanent: boolean,
    /** The SMTP step that failed (nodemailer's `command`: CONN, EHLO, RCPT TO, DATA, …), when known. */
    readonly command?: string,
  ) {
    super(`Mail delivery failed (${code ?? 'unknown'}${responseCode ? ` ${responseCode}` : ''})`);
  }
}

type SmtpFailure = {
  code?: string;
  responseCode?: number;
  command?: string;
  permanent: boolean;
  detail: string;
};

/** Reads nodemailer's error properties without trusting their presence. */
export function describeSmtpFailure(error: unknown): SmtpFailure {
  if (!(error instanceof Error)) return { permanent: false, detail: String(error) };
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const responseCode =
    'responseCode' in error && typeof error.responseCode === 'number' ? error.responseCode : undefined;
  const permanent = 'permanent' in error && error.permanent === true;
  const command = 'command' in error && typeof error.command === 'string' ? error.command : undefined;
  return {
    ...(code === undefined ? {} : { code }),
    ...(responseCode === undefined ? {} : { responseCode }),
    ...(command === undefined ? {} : { command }),
    permanent,
    detail: [code, error.message].filter(Boolean).join(': ').slice(0, 2000),
  };
}
