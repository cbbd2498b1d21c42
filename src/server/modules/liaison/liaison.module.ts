import type { FastifyInstance } from 'fastify';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/client.js';
import type { Mailer } from '../../mail/mailer.js';
import type { AuditService } from '../audit/audit.service.js';
import type { ProfileService } from '../profile/profile.service.js';
import { createCaseDeskService } from './case-desk.service.js';
import { createCaseMessageService } from './case-message.service.js';
import { createDocumentReviewService } from './document-review.service.js';
import { createInformationRequestService } from './information-request.service.js';
import { createLiaisonCaseService } from './liaison-case.service.js';
import { createLiaisonCommandService } from './liaison-command.service.js';
import { createLiaisonNotifier } from './liaison-notify.js';
import { liaisonPatientRoutes } from './liaison-patient.routes.js';
import { createLiaisonQueueService } from './liaison-queue.service.js';
import { liaisonRoutes } from './liaison.routes.js';

export type LiaisonDeps = {
  db: Database;
  clock: Clock;
  audit: AuditService;
  mailer: Mailer;
  profiles: ProfileService;
  publicUrl: string;
};

export type LiaisonServices = ReturnType<typeof createLiaisonServices>;

export function createLiaisonServices(deps: LiaisonDeps) {
  const notifier = createLiaisonNotifier(deps);
  return {
    queue: createLiaisonQueueService(deps),
    cases: createLiaisonCaseService(deps),
    commands: createLiaisonCommandService({ ...deps, notifier }),
    review: createDocumentReviewService({ ...deps, notifier }),
    desk: createCaseDeskService(deps),
    messages: createCaseMessageService({ ...deps, notifier }),
    informationRequests: createInformationRequestService(deps),
  };
}

/** The liaison centre's console and the applicant's side of it (messages, "資料を送りました"). */
export function registerLiaison(app: FastifyInstance, deps: LiaisonDeps): LiaisonServices {
  const services = createLiaisonServices(deps);
  liaisonRoutes(app, services);
  liaisonPatientRoutes(app, services);
  return services;
}
