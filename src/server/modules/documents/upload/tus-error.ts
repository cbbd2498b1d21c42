import { ERRORS } from '@tus/server';

/**
 * One of tus's protocol errors (ERRORS: status and body) as a real Error: tus answers with its
 * `status_code` and `body` whatever the object, and a stack helps when one ends up in a log.
 */
export class TusError extends Error {
  readonly status_code: number;
  readonly body: string;

  constructor(name: keyof typeof ERRORS) {
    const { status_code, body } = ERRORS[name];
    super(body.trim());
    this.name = `TusError ${name}`;
    this.status_code = status_code;
    this.body = body;
  }
}
