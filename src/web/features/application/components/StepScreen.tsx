import { Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { blockImeEnter } from '../../../components/ime.js';
import { useFocusHeading } from '../../precheck/use-focus-heading.js';
import type { StepId } from '../steps.js';
import type { SaveState } from '../use-draft-editor.js';
import { SaveStateText } from './SaveStateText.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';

/** After a refused "next": the first field to fix, so the keyboard and the screen reader land there. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  window.requestAnimationFrame(() => {
    const target =
      container?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      container?.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  });
}

export type StepScreenProps = {
  step: StepId;
  position: { current: number; total: number };
  title: string;
  hint: string;
  saveState: SaveState;
  timeZone: string;
  /** Alerts above the questions: a reload from another device, a failed save, a refused submission. */
  notices?: ReactNode;
  /** Checks the screen; resolves true when the person may move on (the caller saves and navigates). */
  onNext?: (form: HTMLFormElement | null) => Promise<void>;
  onBack?: () => void;
  nextLabel?: string;
  /** How many answers on this screen still need fixing, once "next" was refused. */
  problemCount: number;
  /**
   * The screen holds its own controls (the uploader, the review's buttons) rather than answers: they are
   * placed outside the form, so none of their buttons or inputs can submit it.
   */
  standalone?: boolean;
  children: (headingId: string) => ReactNode;
};

/**
 * One screen of the application: where we are ("3 / 12") and that the answers are saved, the screen's
 * question as its heading (focused on arrival, so a screen reader starts there), the fields, back and
 * next. Enter while an IME is converting never submits.
 */
export function StepScreen(props: StepScreenProps) {
  const { t } = useTranslation();
  const { step, position, title, hint, saveState, timeZone, notices, onNext, onBack, problemCount } = props;
  const headingId = useId();
  const heading = useFocusHeading<HTMLHeadingElement>(true);
  const formRef = useRef<HTMLFormElement>(null);
  const [moving, setMoving] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!onNext || moving) return;
    setMoving(true);
    void onNext(formRef.current).finally(() => setMoving(false));
  };

  return (
    <Stack gap="md" data-testid="application-step" data-step={step}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={700} data-testid="step-indicator">
            {t('application.stepOf', { current: position.current, total: position.total })}
          </Text>
          <SaveStateText state={saveState} timeZone={timeZone} />
        </Group>
        <Progress value={(position.current / position.total) * 100} size="md" color="brand.8" aria-hidden />
      </Stack>
      <Stack gap="xs">
        <Title
          order={2}
          size="h3"
          id={headingId}
          ref={heading}
          tabIndex={-1}
          style={{ outline: 'none' }}
          data-testid="step-heading"
        >
          {title}
        </Title>
        {hint && <Text>{hint}</Text>}
      </Stack>
      {notices}
      {props.standalone && props.children(headingId)}
      <form ref={formRef} onSubmit={submit} onKeyDown={blockImeEnter} noValidate aria-labelledby={headingId}>
        <Stack gap="lg">
          {problemCount > 0 && (
            <Alert color="red" role="alert" data-testid="step-problems">
              {t('application.problems', { count: problemCount })}
            </Alert>
          )}
          {!props.standalone && props.children(headingId)}
          <Group grow wrap="nowrap" gap="sm">
            {onBack && (
              <Button styles={wrapLabel} variant="outline" size="lg" onClick={onBack} data-testid="back">
                {t('application.back')}
              </Button>
            )}
            {onNext && (
              <Button styles={wrapLabel} type="submit" size="lg" loading={moving} data-testid="next">
                {props.nextLabel ?? t('application.next')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
