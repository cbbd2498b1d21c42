import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, RequestValidationError, RuleRefusedError, type FieldIssue } from '../errors.js';
import { problemMessages } from '../i18n/problem-messages.js';
import type { Locale } from '../../shared/i18n/locale.js';
import { localeOf } from './request-context.js';

type ProblemKey = keyof (typeof problemMessages)['ja']['titles'];

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  errors?: { field: string; code: string; message: string }[];
  /** A stable code for a refused rule. */
  code?: string;
};

const problemType = (key: string) => `urn:consilium:problem:${key}`;

function fieldMessage(issue: FieldIssue, locale: Locale): string {
  if (issue.message) return issue.message[locale];
  const texts = problemMessages[locale].field;
  const detail = issue.detail ?? '';
  switch (issue.code) {
    case 'required':
      return texts.required;
    case 'invalid_type':
      return texts.invalidType;
    case 'one_of':
      return texts.oneOf(detail);
    case 'too_small':
      return texts.tooSmall(detail);
    case 'too_big':
      return texts.tooBig(detail);
    case 'too_short':
      return texts.tooShort(detail);
    case 'too_long':
      return texts.tooLong(detail);
    case 'too_few':
      return texts.tooFew(detail);
    case 'too_many':
      return texts.tooMany(detail);
    case 'integer':
      return texts.integer;
    case 'format':
      return texts.format;
    case 'unknown_field':
      return texts.unknownField;
    case 'invalid':
      return texts.invalid;
  }
}

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  key: ProblemKey,
  extra: Partial<ProblemBody> = {},
) {
  const locale = request.locale ?? localeOf(request);
  const body: ProblemBody = {
    type: problemType(key),
    title: problemMessages[locale].titles[key],
    status,
    instance: `urn:consilium:request:${request.id}`,
    ...extra,
  };
  return reply.status(status).type('application/problem+json; charset=utf-8').send(body);
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && 'statusCode' in error;
}

/**
 * A body Fastify could not read as JSON (broken, empty, or carrying __proto__/constructor.prototype,
 * which the parser refuses) is a bad `body` field like any other, so the caller gets `errors[]` too.
 */
function asValidationError(error: unknown): RequestValidationError | undefined {
  if (error instanceof RequestValidationError) return error;
  if (!isFastifyError(error)) return undefined;
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return new RequestValidationError('body', [{ field: 'body', code: 'format' }]);
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new RequestValidationError('body', [{ field: 'body', code: 'required' }]);
  }
  return undefined;
}

/** One place maps every error to application/problem+json; 5xx details never leave the server. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const invalid = asValidationError(error);
    if (invalid) {
      const locale = request.locale ?? localeOf(request);
      return send(reply, request, 400, 'validation', {
        detail: problemMessages[locale].validationDetail,
        errors: invalid.issues.map((issue) => ({
          field: issue.field === '' ? invalid.part : issue.field,
          code: issue.code,
          message: fieldMessage(issue, locale),
        })),
      });
    }
    if (error instanceof AppError) {
      if (error.retryAfterSeconds !== undefined)
        void reply.header('retry-after', String(error.retryAfterSeconds));
      const locale = request.locale ?? localeOf(request);
      return send(reply, request, error.status, error.problemType, {
        ...(error instanceof RuleRefusedError ? error.extra : {}),
        ...(error.detailText ? { detail: error.detailText[locale] } : {}),
        ...(error.code ? { code: error.code } : {}),
      });
    }
    const status = isFastifyError(error) ? (error.statusCode ?? 500) : 500;
    if (status === 429) return send(reply, request, 429, 'rate-limited');
    if (status >= 400 && status < 500) {
      // Malformed JSON, wrong content type, body too large…: the client's fault, said plainly.
      return send(reply, request, status, 'bad-request');
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 500, 'internal');
  });

  app.setNotFoundHandler((request, reply) => send(reply, request, 404, 'not-found'));
}
