import type { z } from 'zod';
import i18n from '../i18n/index.js';

/** A problem+json answer from the API, with its field messages already in the user's language. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly fieldErrors: { field: string; message: string }[],
  ) {
    super(title);
  }
}

/** Fetches JSON in the user's language and parses it with the contract: the UI never trusts a cast. */
export async function getJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const response = await fetch(path, {
    headers: { accept: 'application/json', 'accept-language': i18n.language },
    credentials: 'same-origin',
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => ({}));
    const title =
      typeof body === 'object' && body && 'title' in body ? String(body.title) : response.statusText;
    throw new ApiProblem(response.status, title, []);
  }
  return schema.parse(await response.json());
}
