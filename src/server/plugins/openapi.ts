import swagger, { type SwaggerTransform } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { sessionCookieName } from './auth.js';

/**
 * Each operation's security requirement comes from its declared access, so the document can never
 * disagree with what the server enforces: public operations have none, the rest need the session cookie.
 */
const transformWithSecurity: SwaggerTransform = (input) => {
  const output = jsonSchemaTransform(input);
  const access = input.route.config?.access;
  const security = access === undefined || access === 'public' ? [] : [{ sessionCookie: [] }];
  const roles = typeof access === 'object' ? ` Roles: ${access.roles.join(', ')}.` : '';
  const description = [output.schema.description, roles.trim()].filter(Boolean).join(' ');
  return { ...output, schema: { ...output.schema, security, ...(description ? { description } : {}) } };
};

/** OpenAPI generated from the zod contracts of the routes: JSON at /api/docs/json, UI at /api/docs. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Consilium API',
        description:
          'Online second-opinion outpatient service. Messages follow Accept-Language (ja default, en). ' +
          'Writes from a browser must be same-origin (checked on Origin).',
        version,
      },
      tags: [
        { name: 'public', description: 'Open to everyone, no sign-in' },
        { name: 'auth', description: 'Signing up, in and out' },
        { name: 'account', description: 'The signed-in person’s own settings' },
        { name: 'admin', description: 'Administration (admins with a second factor)' },
        { name: 'operations', description: 'Health and readiness' },
      ],
      components: {
        securitySchemes: {
          sessionCookie: { type: 'apiKey', in: 'cookie', name: sessionCookieName },
        },
      },
    },
    transform: transformWithSecurity,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}
