import { z } from 'zod';
import { documentCodeSchema } from '../../../shared/contracts/profile.js';
import { ApiProblem } from '../../api/client.js';
import i18n from '../../i18n/index.js';

/**
 * The physician link's API. The physician has no session: every request carries the link's token as
 * `Authorization: Bearer …`. A link that is expired, finished or unknown answers 404, which is no
 * error here but the answer "this link cannot be used any more".
 */

/** GET /api/v1/physician-upload (the route's response schema in document.routes.ts). */
export const physicianUploadSchema = z.object({
  caseId: z.uuid(),
  expiresAt: z.iso.datetime({ offset: true }),
  items: z.array(z.object({ code: documentCodeSchema, title: z.string() })),
});
export type PhysicianUpload = z.infer<typeof physicianUploadSchema>;

export const physicianUploadPath = '/api/v1/physician-upload';

const problemSchema = z.object({ title: z.string() });

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

function request(token: string, method: 'GET' | 'POST', path: string): Promise<Response> {
  return fetch(path, {
    method,
    headers: { ...bearer(token), accept: 'application/json', 'accept-language': i18n.language },
    // Never the cookie of someone signed in on this browser: the link alone says who this is.
    credentials: 'omit',
    cache: 'no-store',
  });
}

async function problemOf(response: Response): Promise<ApiProblem> {
  const body: unknown = await response.json().catch(() => null);
  const problem = problemSchema.safeParse(body);
  return new ApiProblem(response.status, problem.success ? problem.data.title : response.statusText, []);
}

export const physicianApi = {
  /** What the link asks for, or null when the link cannot be used (expired, finished, unknown). */
  async describe(token: string): Promise<PhysicianUpload | null> {
    const response = await request(token, 'GET', physicianUploadPath);
    if (response.status === 404) return null;
    if (!response.ok) throw await problemOf(response);
    return physicianUploadSchema.parse(await response.json());
  },

  /** Closes the link for good. 'gone': it was already closed or expired (nothing more can be sent). */
  async finish(token: string): Promise<'finished' | 'gone'> {
    const response = await request(token, 'POST', `${physicianUploadPath}/finish`);
    if (response.status === 404) return 'gone';
    if (!response.ok) throw await problemOf(response);
    return 'finished';
  },
};
