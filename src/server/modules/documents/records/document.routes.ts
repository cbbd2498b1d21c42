import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { userRoles } from '../../../../shared/contracts/auth.js';
import { caseDocumentsResponseSchema } from '../../../../shared/contracts/documents.js';
import { documentTitle } from '../../../../shared/i18n/rules-messages.js';
import { NotFoundError } from '../../../errors.js';
import { authOf, requestMeta } from '../../../plugins/auth.js';
import { localeOf } from '../../../plugins/request-context.js';
import { contentDisposition } from './content-disposition.js';
import type { DocumentService, OpenedFile } from './document.service.js';
import type { PhysicianLinks } from './physician-link.service.js';

const everyone = { access: { roles: userRoles } };
/** The console's viewer is for the staff who screen and decide; patients download their own files. */
const staffViewers = { access: { roles: ['coordinator', 'doctor'] as const } };
const caseParams = z.object({ caseId: z.uuid() });
const documentParams = caseParams.extend({ documentId: z.uuid() });
const versionParams = documentParams.extend({ version: z.coerce.number().int().positive().max(100_000) });

/** The token of a physician's link, from `Authorization: Bearer …` (never from the URL). */
/** A stored file's bytes with the headers every answer of one carries: never sniffed, never cached. */
function sendFile(
  reply: FastifyReply,
  file: OpenedFile,
  disposition: 'attachment' | 'inline',
  contentSecurityPolicy: string,
) {
  return reply
    .header('content-type', file.mediaType)
    .header('content-length', String(file.bytes))
    .header('content-disposition', contentDisposition(file.fileName, disposition))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', contentSecurityPolicy)
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

export function physicianTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header) : null;
  return match?.[1];
}

export function documentRoutes(
  app: FastifyInstance,
  deps: { documents: DocumentService; physicianLinks: PhysicianLinks; maxFileBytes: number },
): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];

  routes.get(
    '/api/v1/cases/:caseId/documents',
    {
      config: everyone,
      schema: {
        tags,
        summary: 'The checklist and documents of a case',
        params: caseParams,
        response: { 200: caseDocumentsResponseSchema },
      },
    },
    async (request) =>
      deps.documents.list(
        authOf(request).user,
        request.params.caseId,
        requestMeta(request),
        localeOf(request),
        {
          maxFileBytes: deps.maxFileBytes,
        },
      ),
  );

  routes.delete(
    '/api/v1/cases/:caseId/documents/:documentId',
    {
      config: { access: { roles: ['patient'] } },
      schema: {
        tags,
        summary: 'Remove a wrongly added file (before submission only, R-DOC-06)',
        params: documentParams,
      },
    },
    async (request, reply) => {
      const { caseId, documentId } = request.params;
      await deps.documents.remove(authOf(request).user, caseId, documentId, requestMeta(request));
      return reply.status(204).send();
    },
  );

  routes.get(
    '/api/v1/cases/:caseId/documents/:documentId/versions/:version/content',
    {
      config: everyone,
      schema: { tags, summary: 'Download one version (as an attachment; audited)', params: versionParams },
      exposeHeadRoute: false,
    },
    async (request, reply) => {
      const { caseId, documentId, version } = request.params;
      const file = await deps.documents.open(
        authOf(request).user,
        caseId,
        documentId,
        version,
        requestMeta(request),
      );
      // Never rendered by the browser as a page: attachment, no sniffing, and a sandbox if it were.
      return sendFile(reply, file, 'attachment', "default-src 'none'; sandbox");
    },
  );

  routes.get(
    '/api/v1/cases/:caseId/documents/:documentId/versions/:version/inline',
    {
      config: staffViewers,
      schema: {
        tags,
        summary: 'One PDF, JPEG or PNG version for the console’s viewer (inline, sandboxed; audited)',
        params: versionParams,
      },
      exposeHeadRoute: false,
    },
    async (request, reply) => {
      const { caseId, documentId, version } = request.params;
      const file = await deps.documents.view(
        authOf(request).user,
        caseId,
        documentId,
        version,
        requestMeta(request),
      );
      // Shown in a frame of the console only: the type its kind says, no sniffing, a sandbox, no cache.
      return sendFile(reply, file, 'inline', "default-src 'none'; sandbox; frame-ancestors 'self'");
    },
  );

  routes.get(
    '/api/v1/cases/:caseId/dicom/series/:seriesId/thumbnail',
    {
      config: everyone,
      schema: {
        tags,
        summary: 'The preview image of a DICOM series (PNG)',
        params: caseParams.extend({ seriesId: z.uuid() }),
      },
      exposeHeadRoute: false,
    },
    async (request, reply) => {
      const { caseId, seriesId } = request.params;
      const png = await deps.documents.thumbnail(
        authOf(request).user,
        caseId,
        seriesId,
        requestMeta(request),
      );
      return reply.header('content-type', 'image/png').header('cache-control', 'private, no-store').send(png);
    },
  );

  routes.post(
    '/api/v1/cases/:caseId/physician-links',
    {
      config: { access: { roles: ['patient', 'coordinator'] } },
      schema: {
        tags,
        summary: 'E-mail the primary physician a one-time upload link for this case',
        params: caseParams,
        body: z.strictObject({ email: z.email().max(254) }),
        response: { 201: z.object({ expiresAt: z.iso.datetime({ offset: true }) }) },
      },
    },
    async (request, reply) => {
      const sent = await deps.physicianLinks.send(
        authOf(request).user,
        request.params.caseId,
        request.body.email.trim().toLowerCase(),
        localeOf(request),
        requestMeta(request),
      );
      return reply.status(201).send(sent);
    },
  );

  routes.get(
    '/api/v1/physician-upload',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'What a physician link is for (token in Authorization: Bearer)',
        response: {
          200: z.object({
            caseId: z.uuid(),
            expiresAt: z.iso.datetime({ offset: true }),
            items: z.array(z.object({ code: z.string(), title: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const token = physicianTokenOf(request);
      const link = token ? await deps.physicianLinks.resolve(token) : undefined;
      if (!link) throw new NotFoundError('link');
      const locale = localeOf(request);
      const codes = [
        'REFERRAL_LETTER',
        'CLINICAL_DATA',
        'DEPARTMENT_REFERRAL_ANNEX',
        'MEDICATION_LIST',
      ] as const;
      return {
        caseId: link.caseId,
        expiresAt: link.expiresAt.toISOString(),
        items: codes.map((code) => ({ code, title: documentTitle(locale, code) })),
      };
    },
  );

  routes.post(
    '/api/v1/physician-upload/finish',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'Close the physician link: everything is sent' },
    },
    async (request, reply) => {
      const token = physicianTokenOf(request);
      if (!token) throw new NotFoundError('link');
      await deps.physicianLinks.finish(token);
      return reply.status(204).send();
    },
  );
}
