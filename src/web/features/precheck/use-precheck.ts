import { useCallback, useEffect, useState } from 'react';
import { emptyDraft, loadDraft, saveDraft, type PrecheckDraft, type Screen, type StepId } from './draft.js';
import { clearSavedPrecheck } from './saved-precheck.js';
import { applicableSteps, stepProblem, toRequest, type StepContext } from './steps.js';

/** Where a stored screen really is today: a question that no longer applies resumes at the first gap. */
function resolveScreen(draft: PrecheckDraft, context: StepContext): Screen {
  const steps = applicableSteps(draft, context);
  const firstGap = steps.find((step) => stepProblem(step, draft, context) !== undefined);
  if (draft.screen === 'intro') return 'intro';
  if (draft.screen === 'outcome') return firstGap ?? 'outcome';
  return steps.includes(draft.screen) ? draft.screen : (firstGap ?? 'outcome');
}

/**
 * The wizard's state: the answers (kept on this device after every change, so a reload resumes at the
 * same question) and the screen. Moving never drops an answer, even one that no longer applies.
 */
export function usePrecheck(context: StepContext) {
  const [draft, setDraft] = useState<PrecheckDraft>(() => loadDraft() ?? emptyDraft());
  // Focus goes to the new question only after the person moved, never on the first load.
  const [moved, setMoved] = useState(false);

  useEffect(() => {
    // Nothing is written for someone who only opened the page.
    if (draft.screen !== 'intro') saveDraft(draft);
  }, [draft]);

  const screen = resolveScreen(draft, context);
  const steps = applicableSteps(draft, context);

  const update = useCallback((patch: Partial<PrecheckDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  }, []);

  const goTo = useCallback((target: Screen) => {
    setMoved(true);
    setDraft((current) => ({ ...current, screen: target }));
  }, []);

  const next = () => {
    if (screen === 'intro') return goTo(steps[0] ?? 'outcome');
    if (screen === 'outcome') return;
    goTo(steps[steps.indexOf(screen) + 1] ?? 'outcome');
  };

  const back = () => {
    if (screen === 'intro') return;
    if (screen === 'outcome') return goTo(steps[steps.length - 1] ?? 'intro');
    goTo(steps[steps.indexOf(screen) - 1] ?? 'intro');
  };

  const restart = () => {
    clearSavedPrecheck();
    setMoved(true);
    setDraft({ ...emptyDraft(), screen: 'attendance' });
  };

  const position = (step: StepId) => ({ current: steps.indexOf(step) + 1, total: steps.length });

  return {
    draft,
    screen,
    moved,
    update,
    next,
    back,
    goTo,
    restart,
    position,
    isLast: (step: StepId) => steps[steps.length - 1] === step,
    request: toRequest(draft, context),
  };
}
