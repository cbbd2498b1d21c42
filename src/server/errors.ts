import type { LocalizedText } from '../shared/contracts/profile.js';

/**
 * A field that failed validation, named by its dotted path in the request. Locale-neutral: the error
 * handler words it in the caller's language.
 */
export type FieldIssue = {
  field: string;
  code:
    | 'required'
    | 'invalid_type'
    | 'one_of'
    | 'too_small'
    | 'too_big'
    | 'too_short'
    | 'too_long'
    | 'too_few'
    | 'too_many'
    | 'integer'
    | 'format'
    | 'unknown_field'
    | 'invalid';
  /** The bound or the allowed values, for the message. */
  detail?: string;
  /** A rule-specific message that replaces the generic one. */
  message?: LocalizedText;
};

/** The few typed errors the services raise; one handler maps them to problem+json. */
export type ProblemType =
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'second-factor-required'
  | 'cross-site-request'
  | 'too-many-attempts'
  | 'invalid-credentials'
  | 'invalid-code'
  | 'invalid-link'
  | 'email-not-verified'
  | 'rule-refused';

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly problemType: ProblemType;
  /** Seconds the client should wait before retrying (Retry-After). */
  readonly retryAfterSeconds?: number;
  /** Why, in plain words of both languages, with what to do instead. */
  readonly detailText?: LocalizedText;
  /** A stable code clients may branch on. */
  readonly code?: string;
}

/**
 * A service rule says no to this, now (e.g. no documents after the consultation, the case quota is
 * used up): 409 with a stable code and the reason in the caller's language.
 */
export class RuleRefusedError extends AppError {
  readonly status = 409;
  readonly problemType = 'rule-refused';
  constructor(
    override readonly code: string,
    override readonly detailText: LocalizedText,
    /** More for the client to act on (e.g. the missing documents), already in the caller's language. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

/** No valid session: sign in. */
export class UnauthorizedError extends AppError {
  readonly status = 401;
  readonly problemType = 'unauthorized';
}

/** Signed in, but this operation is not for this role or session state. */
export class ForbiddenError extends AppError {
  readonly status = 403;
  constructor(
    readonly problemType:
      'forbidden' | 'second-factor-required' | 'cross-site-request' | 'email-not-verified' = 'forbidden',
  ) {
    super(problemType);
  }
}

/** Wrong e-mail/password, wrong code, or a used/expired link: said without revealing which part. */
export class InvalidCredentialsError extends AppError {
  readonly status = 400;
  constructor(readonly problemType: 'invalid-credentials' | 'invalid-code' | 'invalid-link') {
    super(problemType);
  }
}

export class TooManyAttemptsError extends AppError {
  readonly status = 429;
  readonly problemType = 'too-many-attempts';
  constructor(override readonly retryAfterSeconds: number) {
    super('too many attempts');
  }
}

/** A missing record, and also one the caller may not see: both answer 404 alike. */
export class NotFoundError extends AppError {
  readonly status = 404;
  readonly problemType = 'not-found';
}

export class ConflictError extends AppError {
  readonly status = 409;
  readonly problemType = 'conflict';
}

export class RequestValidationError extends AppError {
  readonly status = 400;
  readonly problemType = 'validation';
  /** Fastify reads these two to treat the error as a validation failure. */
  readonly statusCode = 400;
  readonly validationContext: string;
  constructor(
    readonly part: 'body' | 'querystring' | 'params' | 'headers',
    readonly issues: FieldIssue[],
  ) {
    super(`Invalid ${part}`);
    this.validationContext = part;
  }
}
