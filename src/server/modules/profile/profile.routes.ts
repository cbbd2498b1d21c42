import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { departmentListSchema } from '../../../shared/contracts/departments.js';
import { hospitalProfileSchema } from '../../../shared/contracts/profile.js';
import { presentDepartments, presentPublicProfile } from './profile.presenter.js';
import type { ProfileService } from './profile.service.js';

export function profileRoutes(app: FastifyInstance, deps: { profiles: ProfileService }): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/v1/profile',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'The hospital profile: fees, phone desk, postal address, departments',
        security: [],
        response: { 200: hospitalProfileSchema },
      },
    },
    async () => presentPublicProfile(await deps.profiles.current()),
  );

  routes.get(
    '/api/v1/departments',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: 'Departments with consultation weekdays, diseases and document requirements',
        security: [],
        response: { 200: departmentListSchema },
      },
    },
    async () => presentDepartments(await deps.profiles.current()),
  );
}
