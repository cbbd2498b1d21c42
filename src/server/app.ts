import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/client.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { profileRoutes } from './modules/profile/profile.routes.js';
import { createProfileService } from './modules/profile/profile.service.js';
import { rulesRoutes } from './modules/rules/rules.routes.js';
import { createRulesService } from './modules/rules/rules.service.js';
import { registerMetrics } from './plugins/metrics.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerProblemHandlers } from './plugins/problem.js';
import { registerRequestContext, requestIdFor } from './plugins/request-context.js';
import { registerSecurity } from './plugins/security.js';
import { zodValidatorCompiler } from './plugins/validation.js';
import { registerWeb } from './plugins/web.js';
import type { Clock } from './clock.js';
import { appVersion } from './version.js';

export type AppDeps = {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
};

/** Explicit wiring: plugins → modules → error and 404 handlers. No service locator. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Only the method, the route pattern and ids are logged: URLs and bodies may carry patient data.
      serializers: {
        req: (request: { method: string; routeOptions?: { url?: string }; id: string }) => ({
          method: request.method,
          route: request.routeOptions?.url ?? 'unmatched',
          id: request.id,
        }),
        res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      },
      redact: ['req.headers.cookie', 'req.headers.authorization'],
    },
    genReqId: requestIdFor,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Before any route: Fastify binds a route's error handler when the route is loaded, so handlers set
  // later never reach routes declared earlier (they answered with Fastify's own JSON, not problem+json).
  registerProblemHandlers(app);

  registerRequestContext(app);
  await registerSecurity(app);
  await registerOpenApi(app, appVersion);
  registerMetrics(app);

  const profiles = createProfileService(database.db);
  healthRoutes(app, { pingDatabase: () => database.ping() });
  profileRoutes(app, { profiles });
  rulesRoutes(app, { rules: createRulesService({ profiles, clock: deps.clock }) });

  await registerWeb(app, config.webDistDir);
  return app;
}
