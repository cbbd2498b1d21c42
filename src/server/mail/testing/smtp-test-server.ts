import { SMTPServer } from 'smtp-server';

/** Test helper (not a test file): a real SMTP peer on 127.0.0.1 that keeps what it receives. */

export type ReceivedMail = { from: string | undefined; to: string[]; raw: string };

export type TestSmtpServer = {
  /** A nodemailer URL for this server, plain SMTP without STARTTLS. */
  url: string;
  received: ReceivedMail[];
  connections: () => number;
  close(): Promise<void>;
};

/** An SMTP reply with a status code, as smtp-server reads it from the error. */
class SmtpReply extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startTestSmtpServer(
  options: {
    rejectRecipients?: boolean;
    /** Answers the first so many recipients "451 try again later" (a temporary refusal). */
    deferRecipients?: number;
  } = {},
): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let connections = 0;
  let deferred = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onRcptTo(_address, _session, callback) {
      if (options.rejectRecipients) callback(new SmtpReply(550, 'Mailbox unavailable'));
      else if (deferred < (options.deferRecipients ?? 0)) {
        deferred += 1;
        callback(new SmtpReply(451, 'Try again later'));
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom;
        received.push({
          from: from ? from.address : undefined,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('latin1'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('SMTP server has no TCP port');
  const { port } = address;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    received,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
