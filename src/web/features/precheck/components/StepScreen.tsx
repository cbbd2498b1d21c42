import { Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { blockImeEnter } from '../../../components/ime.js';
import { useLocale } from '../../../hooks/use-locale.js';
import type { StepId } from '../draft.js';
import { stepProblem, type StepContext } from '../steps.js';
import { useFocusHeading } from '../use-focus-heading.js';
import type { usePrecheck } from '../use-precheck.js';
import { QuestionBody, questionText } from './QuestionBody.js';

export type Wizard = ReturnType<typeof usePrecheck>;

/** After a refused "next": the first field that needs an answer, so the keyboard and the reader land there. */
function focusFirstProblem(form: HTMLFormElement | null): void {
  window.requestAnimationFrame(() => {
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const alert = form?.querySelector<HTMLElement>('[role="alert"]');
    const inGroup = alert?.parentElement?.querySelector<HTMLElement>('[role="radio"], [role="checkbox"]');
    (invalid ?? inGroup ?? alert)?.focus();
  });
}

/**
 * One question on its own screen: where we are ("3 / 9"), that the answers are kept, the question as
 * the heading (focused when the person arrives, so a screen reader starts there), back and next.
 * Keyed by step by the caller, so every step starts without error messages.
 */
export function StepScreen({
  step,
  wizard,
  context,
}: {
  step: StepId;
  wizard: Wizard;
  context: StepContext;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const headingId = useId();
  const heading = useFocusHeading<HTMLHeadingElement>(wizard.moved);
  const formRef = useRef<HTMLFormElement>(null);
  const [showErrors, setShowErrors] = useState(false);
  const { current, total } = wizard.position(step);
  const { title, hint } = questionText(step, wizard.draft, context, t, pick);
  const problem = stepProblem(step, wizard.draft, context);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (problem) {
      setShowErrors(true);
      focusFirstProblem(formRef.current);
      return;
    }
    wizard.next();
  };

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={700} data-testid="step-indicator">
            {t('precheck.stepOf', { current, total })}
          </Text>
          <Text size="sm" c="gray.8" data-testid="saved-state">
            <span aria-hidden>✓ </span>
            {t('precheck.saved')}
          </Text>
        </Group>
        <Progress value={(current / total) * 100} size="md" color="brand.8" aria-hidden />
      </Stack>
      <form ref={formRef} onSubmit={submit} onKeyDown={blockImeEnter} noValidate aria-labelledby={headingId}>
        <Stack gap="lg">
          <Stack gap="xs">
            <Title
              order={2}
              size="h3"
              id={headingId}
              ref={heading}
              tabIndex={-1}
              style={{ outline: 'none' }}
              data-testid="question"
              data-step={step}
            >
              {title}
            </Title>
            {hint && <Text>{hint}</Text>}
          </Stack>
          <QuestionBody
            step={step}
            draft={wizard.draft}
            update={wizard.update}
            context={context}
            headingId={headingId}
            error={showErrors && problem ? t(problem) : undefined}
          />
          <Group grow wrap="nowrap" gap="sm">
            <Button variant="outline" size="lg" onClick={wizard.back}>
              {t('precheck.back')}
            </Button>
            <Button type="submit" size="lg">
              {wizard.isLast(step) ? t('precheck.showOutcome') : t('precheck.next')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
