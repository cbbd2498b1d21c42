import { Alert, Button, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { z } from 'zod';
import type { CaseDetail } from '../../../shared/contracts/cases.js';
import type { DepartmentView } from '../../../shared/contracts/departments.js';
import type { HospitalProfile } from '../../../shared/contracts/profile.js';
import { calendarDateIn } from '../../../shared/domain/calendar.js';
import { useNow } from '../../hooks/use-now.js';
import { focusFirstInvalid, StepScreen } from './components/StepScreen.js';
import { applicationPaths } from './paths.js';
import { StepBody } from './steps/StepBody.js';
import { applicableSteps, isStepId, stepOfField, type StepContext, type StepId } from './steps.js';
import { useDraftEditor, type DraftEditor } from './use-draft-editor.js';
import { stepProblems } from './validation.js';
import { wrapLabel } from '../precheck/components/wrap-label.js';

/** What a refused submission hands to the screen it leads to (router state, never the URL). */
const arrivalSchema = z.object({
  fromSubmit: z.boolean().optional(),
  missing: z.array(z.object({ code: z.string(), title: z.string() })).optional(),
});

/** Screens that hold controls rather than answers (see StepScreen's `standalone`). */
const standaloneSteps: ReadonlySet<StepId> = new Set(['documents', 'review']);

/** Where an application opened without a screen resumes: its first unanswered screen, else the review. */
function resumeStep(editor: DraftEditor, steps: readonly StepId[], context: StepContext): StepId {
  return steps.find((step) => Object.keys(stepProblems(step, editor.draft, context)).length > 0) ?? 'review';
}

export function ApplicationEditor({
  detail,
  departments,
  profile,
  stepParam,
}: {
  detail: CaseDetail;
  departments: readonly DepartmentView[];
  profile: HospitalProfile;
  stepParam: string | undefined;
}) {
  const today = calendarDateIn(useNow(), profile.timeZone);
  const context = useMemo<StepContext>(
    () => ({ today, consentExemptUnderAge: profile.consentExemptUnderAge, departments }),
    [today, profile.consentExemptUnderAge, departments],
  );
  const editor = useDraftEditor(detail, context);
  const steps = applicableSteps(editor.draft, context);
  if (!isStepId(stepParam) || !steps.includes(stepParam)) {
    return <Navigate to={applicationPaths.edit(detail.id, resumeStep(editor, steps, context))} replace />;
  }
  return (
    <StepView
      key={`${stepParam}:${editor.generation}`}
      step={stepParam}
      steps={steps}
      editor={editor}
      context={context}
      profile={profile}
    />
  );
}

function StepView({
  step,
  steps,
  editor,
  context,
  profile,
}: {
  step: StepId;
  steps: readonly StepId[];
  editor: DraftEditor;
  context: StepContext;
  profile: HospitalProfile;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const arrival = arrivalSchema.safeParse(useLocation().state).data ?? {};
  const [showErrors, setShowErrors] = useState(arrival.fromSubmit === true);
  const { caseId } = editor;
  const problems = stepProblems(step, editor.draft, context);
  const errorOf = (key: string): string | undefined => {
    const problem = showErrors ? problems[key] : undefined;
    return problem ? t(problem) : editor.serverErrorOf(key);
  };
  const shownProblems = new Set([
    ...(showErrors ? Object.keys(problems) : []),
    ...editor.serverErrorKeys().filter((key) => stepOfField(key) === step),
  ]);
  const index = steps.indexOf(step);
  const next = steps[index + 1];
  const previous = steps[index - 1];

  const onNext = async (form: HTMLFormElement | null) => {
    if (Object.keys(problems).length > 0) {
      setShowErrors(true);
      focusFirstInvalid(form);
      return;
    }
    const outcome = await editor.saveNow();
    if (outcome === 'saved' && next) await navigate(applicationPaths.edit(caseId, next));
    else if (outcome === 'invalid') focusFirstInvalid(form);
    else if (outcome === 'submitted') await navigate(applicationPaths.status(caseId), { replace: true });
  };

  const onBack = () => {
    // Nothing typed is lost either way: the answers stay on screen and in this tab; saving is a bonus.
    void editor.saveNow();
    if (previous) void navigate(applicationPaths.edit(caseId, previous));
  };

  const notices = (
    <>
      {editor.reloaded && (
        <Alert
          color="caution"
          role="alert"
          title={t('application.save.reloadedTitle')}
          data-testid="reloaded"
        >
          <Text>{t('application.save.reloaded')}</Text>
          <Button
            styles={wrapLabel}
            mt="sm"
            size="md"
            mih={44}
            variant="outline"
            onClick={editor.acknowledgeReload}
          >
            {t('application.save.understood')}
          </Button>
        </Alert>
      )}
      {editor.saveState.kind === 'failed' && (
        <Alert color="red" role="alert" title={t('application.save.failedTitle')} data-testid="save-failed">
          <Text>{t('application.save.failedLead')}</Text>
          <Button styles={wrapLabel} mt="sm" size="md" mih={44} onClick={() => void editor.saveNow()}>
            {t('application.save.retry')}
          </Button>
        </Alert>
      )}
      {arrival.fromSubmit && shownProblems.size > 0 && (
        <Alert color="caution" data-testid="from-submit">
          {t('application.submit.fixFirst')}
        </Alert>
      )}
    </>
  );

  return (
    <StepScreen
      step={step}
      position={{ current: index + 1, total: steps.length }}
      title={t(`application.steps.${step}.title`)}
      hint={t(`application.steps.${step}.hint`)}
      saveState={editor.saveState}
      timeZone={profile.timeZone}
      notices={notices}
      onNext={next ? onNext : undefined}
      onBack={previous ? onBack : undefined}
      nextLabel={next === 'review' ? t('application.toReview') : undefined}
      problemCount={shownProblems.size}
      standalone={standaloneSteps.has(step)}
    >
      {(headingId) => (
        <StepBody
          step={step}
          steps={steps}
          editor={editor}
          missing={arrival.missing ?? []}
          caseId={caseId}
          draft={editor.draft}
          update={editor.update}
          errorOf={errorOf}
          context={context}
          profile={profile}
          headingId={headingId}
        />
      )}
    </StepScreen>
  );
}
