import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/client.js';
import type { JobQueue } from './jobs/job-queue.js';
import { devMailboxRoutes } from './mail/dev-mailbox.routes.js';
import { createMailer, MailDeliveryError, type Mailer } from './mail/mailer.js';
import { createAuditService } from './modules/audit/audit.service.js';
import { adminAuditRoutes } from './modules/audit/audit.routes.js';
import { accountRoutes } from './modules/auth/account.routes.js';
import { createAccountService } from './modules/auth/account.service.js';
import { adminUserRoutes } from './modules/auth/admin-users.routes.js';
import type { AuthDeps } from './modules/auth/auth.deps.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { passkeyRoutes } from './modules/auth/passkey.routes.js';
import { createPasskeyService } from './modules/auth/passkey.service.js';
import { createSecondFactorService } from './modules/auth/second-factor.service.js';
import { createSessionService } from './modules/auth/session.service.js';
import { createSignInService } from './modules/auth/sign-in.service.js';
import { createStaffService } from './modules/auth/staff.service.js';
import { caseRoutes } from './modules/cases/case.routes.js';
import { createCaseFlowService } from './modules/cases/case-flow.service.js';
import { createCasePrintService } from './modules/cases/case-print.service.js';
import { createCaseService } from './modules/cases/case.service.js';
import { registerDocuments } from './modules/documents/documents.module.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { registerLiaison } from './modules/liaison/liaison.module.js';
import { profileRoutes } from './modules/profile/profile.routes.js';
import { createProfileService } from './modules/profile/profile.service.js';
import { rulesRoutes } from './modules/rules/rules.routes.js';
import { createRulesService } from './modules/rules/rules.service.js';
import { registerAuth } from './plugins/auth.js';
import { registerMetrics } from './plugins/metrics.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerProblemHandlers } from './plugins/problem.js';
import { registerRequestContext, requestIdFor } from './plugins/request-context.js';
import { registerSecurity } from './plugins/security.js';
import { zodValidatorCompiler } from './plugins/validation.js';
import { registerWeb } from './plugins/web.js';
import { serializeError } from './log-serializers.js';
import { appVersion } from './version.js';

export type AppDeps = {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  /** Defaults to the configured transport (SMTP, or the database mailbox). */
  mailer?: Mailer;
  /** Background jobs: modules register their workers here; main starts the queue after buildApp. */
  jobs?: JobQueue;
};

/**
 * The development mailbox shows every mail, sign-in links included: only without SMTP, never on a
 * production deployment with its own PostgreSQL, and on the embedded production default (a demo on
 * someone's own computer) only to callers on this machine.
 */
export function devMailboxMode(config: Config): 'off' | 'open' | 'loopback_only' {
  if (config.smtpUrl) return 'off';
  if (config.nodeEnv === 'development' || config.nodeEnv === 'test') return 'open';
  return config.databaseUrl ? 'off' : 'loopback_only';
}

/** Explicit wiring: plugins → modules → web. No service locator. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database, clock } = deps;
  const db = database.db;
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
        err: serializeError,
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

  const profiles = createProfileService(db);
  const audit = createAuditService({ db, clock });
  const mailer =
    deps.mailer ??
    createMailer({
      db,
      config,
      clock,
      profile: () => profiles.current(),
      // Codes only: the relay's reply (in sent_mail) and a failed query's parameters may quote an address.
      onGivenUp: (error) =>
        app.log.error(
          error instanceof MailDeliveryError
            ? { mailId: error.mailId, code: error.code, responseCode: error.responseCode }
            : { errorName: error instanceof Error ? error.name : typeof error },
          'a mail could not be delivered',
        ),
    });
  app.addHook('onClose', () => mailer.drain());
  const sessions = createSessionService({ db, clock, patientIdleMinutes: config.patientIdleMinutes });
  const authDeps: AuthDeps = {
    db,
    clock,
    publicUrl: config.publicUrl,
    mailer,
    audit,
    sessions,
    profiles,
    patientIdleMinutes: config.patientIdleMinutes,
  };
  const accounts = createAccountService(authDeps);
  const signIn = createSignInService(authDeps, accounts);
  const staff = createStaffService(authDeps);
  const secondFactors = createSecondFactorService(authDeps);

  registerRequestContext(app);
  await registerSecurity(app);
  await registerAuth(app, { sessions, publicUrl: config.publicUrl });
  await registerOpenApi(app, appVersion);
  registerMetrics(app, { token: config.metricsToken });

  healthRoutes(app, { pingDatabase: () => database.ping() });
  profileRoutes(app, { profiles });
  rulesRoutes(app, { rules: createRulesService({ profiles, clock }) });
  authRoutes(app, { accounts, signIn, staff, rateLimitPerMinute: config.authRateLimitPerMinute });
  accountRoutes(app, { accounts, signIn, secondFactors });
  passkeyRoutes(app, {
    passkeys: createPasskeyService(authDeps),
    rateLimitPerMinute: config.authRateLimitPerMinute,
  });
  adminUserRoutes(app, { staff });
  adminAuditRoutes(app, { audit });
  devMailboxRoutes(app, { db, mode: devMailboxMode(config) });
  caseRoutes(app, {
    cases: createCaseService({ db, clock, audit }),
    flow: createCaseFlowService({ db, clock, audit, profiles, mailer, publicUrl: config.publicUrl }),
    print: createCasePrintService({ db, clock, audit, profiles }),
  });
  await registerDocuments(app, { config, db, clock, audit, mailer, profiles, jobs: deps.jobs });

  registerLiaison(app, { db, clock, audit, mailer, profiles, publicUrl: config.publicUrl });
  await registerWeb(app, config.webDistDir);
  return app;
}
