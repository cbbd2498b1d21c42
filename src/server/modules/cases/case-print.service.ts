import { applicationSchema } from '../../../shared/contracts/application.js';
import { ageOn, calendarDateIn } from '../../../shared/domain/calendar.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import type { Clock } from '../../clock.js';
import type { Database } from '../../db/client.js';
import { NotFoundError, RuleRefusedError } from '../../errors.js';
import type { AuditService } from '../audit/audit.service.js';
import type { RequestMeta } from '../auth/session.service.js';
import { renderApplicationPdf } from '../application/pdf/application-pdf.js';
import { renderConsentFormPdf } from '../application/pdf/consent-form-pdf.js';
import { renderConsultationSheetPdf } from '../application/pdf/consultation-sheet-pdf.js';
import { printContextFor } from '../application/pdf/print-context.js';
import type { ProfileService } from '../profile/profile.service.js';
import { caseActorOf, loadVisibleCase } from './case.policy.js';

export const printableForms = ['application', 'consultation-sheet', 'consent-form'] as const;
export type PrintableForm = (typeof printableForms)[number];

const incomplete = new RuleRefusedError('application_incomplete', {
  ja: '印刷の前に、申し込みのすべての項目を入力してください',
  en: 'Please fill in every part of the application before printing it',
});

/** The paper forms for those who want them (SPEC §5): rendered from the answers, every print audited. */
export function createCasePrintService(deps: {
  db: Database;
  clock: Clock;
  audit: AuditService;
  profiles: ProfileService;
}) {
  const { db, audit } = deps;
  return {
    async render(
      user: { id: string; role: Parameters<typeof caseActorOf>[1]['role'] },
      caseId: string,
      form: PrintableForm,
      locale: Locale,
      meta: RequestMeta,
    ): Promise<{ pdf: Uint8Array; fileName: string }> {
      const actor = await caseActorOf(db, user);
      const row = await loadVisibleCase(db, actor, caseId);
      const parsed = applicationSchema.safeParse(row.application);
      if (!parsed.success) throw incomplete;
      const application = parsed.data;
      const profile = await deps.profiles.current();
      const asOf = calendarDateIn(row.submittedAt ?? deps.clock.now(), profile.timeZone);
      // R-ELIG-02: the consent form exists only for family alone with an adult patient.
      const consentNeeded =
        application.attendance.attendance === 'family_only' &&
        ageOn(application.patient.birthDate, asOf) >= profile.consentExemptUnderAge;
      if (form === 'consent-form' && !consentNeeded) throw new NotFoundError('form');
      const context = printContextFor(profile, application, {
        locale,
        caseNumber: row.caseNumber,
        submittedAt: row.submittedAt?.toISOString() ?? null,
      });
      const pdf =
        form === 'application'
          ? await renderApplicationPdf(application, context)
          : form === 'consultation-sheet'
            ? await renderConsultationSheetPdf(application, context)
            : await renderConsentFormPdf(application, context);
      await audit.record({
        actor: { userId: user.id, role: user.role },
        action: 'case.print',
        outcome: 'success',
        target: { type: 'case', id: caseId },
        patientUserId: row.patientUserId,
        ip: meta.ip,
        requestId: meta.requestId,
        details: { form },
      });
      return { pdf, fileName: `${form}${row.caseNumber ? `-${row.caseNumber}` : ''}.pdf` };
    },
  };
}
