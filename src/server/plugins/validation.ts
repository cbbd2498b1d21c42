import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import type { core } from 'zod';
import { RequestValidationError, type FieldIssue } from '../errors.js';
import { fieldMessageCatalogue } from '../../shared/contracts/field-messages.js';

type HttpPart = RequestValidationError['part'];

function isHttpPart(value: string | undefined): value is HttpPart {
  return value === 'body' || value === 'querystring' || value === 'params' || value === 'headers';
}

/**
 * Validates with the route's zod schema and turns every issue into a locale-neutral field issue, so the
 * error handler can answer in the caller's language and name each bad field at once.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  const part: HttpPart = isHttpPart(httpPart) ? httpPart : 'body';
  return (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return {
      error: new RequestValidationError(part, withoutFollowUps(result.error.issues.flatMap(toFieldIssues))),
    };
  };
};

/**
 * Zod still runs a schema's checks after its type check failed (`purposes: "diagnosis"` also fails
 * `.max(8)` on the string's length): a field of the wrong type or missing is named once, for that.
 */
function withoutFollowUps(issues: FieldIssue[]): FieldIssue[] {
  const isTypeIssue = (issue: FieldIssue) => issue.code === 'invalid_type' || issue.code === 'required';
  const wrongType = new Set(issues.filter(isTypeIssue).map((issue) => issue.field));
  return issues.filter((issue) => isTypeIssue(issue) || !wrongType.has(issue.field));
}

const fieldPath = (path: PropertyKey[]) => path.map(String).join('.');

export function toFieldIssues(issue: core.$ZodIssue): FieldIssue[] {
  const field = fieldPath(issue.path);
  // A contract that names a catalogue message means it: its words beat the generic ones.
  const catalogued = fieldMessageCatalogue[issue.message];
  if (catalogued && issue.code !== 'unrecognized_keys')
    return [{ field, code: 'invalid', message: catalogued }];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [{ field, code: 'required' }];
      return [{ field, code: issue.expected === 'int' ? 'integer' : 'invalid_type' }];
    case 'invalid_value':
      return [{ field, code: 'one_of', detail: issue.values.map(String).join(', ') }];
    case 'too_small':
      return [
        {
          field,
          code: issue.origin === 'string' ? 'too_short' : issue.origin === 'array' ? 'too_few' : 'too_small',
          detail: String(issue.minimum),
        },
      ];
    case 'too_big':
      return [
        {
          field,
          code: issue.origin === 'string' ? 'too_long' : issue.origin === 'array' ? 'too_many' : 'too_big',
          detail: String(issue.maximum),
        },
      ];
    case 'invalid_format':
      return [{ field, code: 'format', detail: issue.format }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        field: fieldPath([...issue.path, key]),
        code: 'unknown_field' as const,
      }));
    default:
      return [{ field, code: 'invalid' }];
  }
}
