import { z } from 'zod';
import i18n from '../i18n/index.js';

export type FieldProblem = { field: string; message: string };

/** A problem+json answer from the API, with its field messages already in the user's language. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly fieldErrors: FieldProblem[],
    /** The problem's type URN, e.g. urn:consilium:problem:invalid-code ('' when the body had none). */
    readonly type: string = '',
  ) {
    super(title);
  }

  /** True for the problem type's last segment, e.g. is('email-not-verified'). */
  is(kind: string): boolean {
    return this.type.endsWith(`:${kind}`);
  }
}

const problemBodySchema = z.object({
  type: z.string().optional(),
  title: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

/** The empty answer of a 204. */
export const noContent = z.null();

async function problemOf(response: Response): Promise<ApiProblem> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = problemBodySchema.safeParse(body);
  if (!parsed.success) return new ApiProblem(response.status, response.statusText, []);
  const { type = '', title, errors = [] } = parsed.data;
  return new ApiProblem(
    response.status,
    title,
    errors.map(({ field, message }) => ({ field, message })),
    type,
  );
}

async function parsed<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
  if (!response.ok) throw await problemOf(response);
  if (response.status === 204) return schema.parse(null);
  return schema.parse(await response.json());
}

/** Fetches JSON in the user's language and parses it with the contract: the UI never trusts a cast. */
export async function getJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const response = await fetch(path, {
    headers: { accept: 'application/json', 'accept-language': i18n.language },
    credentials: 'same-origin',
  });
  return parsed(response, schema);
}

/**
 * Sends a change (the browser adds Origin, which the server checks) and parses the answer with the
 * contract; a refusal becomes an ApiProblem carrying the field errors. `body` undefined sends none.
 */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': i18n.language,
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return parsed(response, schema);
}
