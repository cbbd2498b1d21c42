import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorText } from '../../../api/error-text.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';
import { isProblem } from '../api.js';
import { DocumentsSummary } from '../components/DocumentsSummary.js';
import { PdfLinks } from '../components/PdfLinks.js';
import { ReasonAdvice } from '../components/ReasonAdvice.js';
import { applicationPaths } from '../paths.js';
import { reviewSections } from '../review-rows.js';
import { consentNeeded, type StepId } from '../steps.js';
import type { DraftEditor } from '../use-draft-editor.js';
import { NotSavedError, useSubmitApplication } from '../use-submit.js';
import { stepProblems } from '../validation.js';
import type { StepProps } from './step-props.js';

/**
 * Everything at a glance before sending, each section with "change"; the PDFs of the paper forms; what
 * happens after sending; and the button. Answers still missing are marked in words, not colour alone.
 */
export function ReviewStep(props: StepProps & { steps: readonly StepId[]; editor: DraftEditor }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const navigate = useNavigate();
  const { caseId, draft, context, profile, steps, editor } = props;
  const submission = useSubmitApplication(editor);
  const sections = reviewSections(draft, steps, { t, locale, pick, context });
  const unfinished = steps.filter((step) => Object.keys(stepProblems(step, draft, context)).length > 0);

  const send = () => {
    // Answers the browser already knows to be missing: straight to the first of them.
    const first = unfinished[0];
    if (first) void navigate(applicationPaths.edit(caseId, first), { state: { fromSubmit: true } });
    else submission.submit();
  };

  return (
    <Stack gap="xl">
      {unfinished.length > 0 && (
        <Alert
          color="caution"
          title={t('application.review.unfinishedTitle')}
          data-testid="review-unfinished"
        >
          <List>
            {unfinished.map((step) => (
              <List.Item key={step}>
                <Link to={applicationPaths.edit(caseId, step)}>{t(`application.steps.${step}.short`)}</Link>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {sections.map(({ step, rows }) => (
        <Card
          key={step}
          withBorder
          radius="md"
          padding="md"
          component="section"
          aria-labelledby={`review-${step}`}
          data-review={step}
        >
          <Stack gap="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Title order={3} size="h4" id={`review-${step}`}>
                {t(`application.steps.${step}.short`)}
              </Title>
              <Button
                styles={wrapLabel}
                component={Link}
                to={applicationPaths.edit(caseId, step)}
                variant="outline"
                size="sm"
                mih={44}
                aria-label={t('application.review.changeLabel', {
                  section: t(`application.steps.${step}.short`),
                })}
              >
                {t('application.review.change')}
              </Button>
            </Group>
            <Stack component="dl" gap="xs" m={0}>
              {rows.map((row, index) => (
                <div key={index}>
                  <Text component="dt" size="sm" c="gray.8">
                    {row.label}
                  </Text>
                  <Text
                    component="dd"
                    m={0}
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                    fw={row.value ? 500 : 700}
                  >
                    {row.value ?? (
                      <>
                        <span aria-hidden>! </span>
                        {t('application.review.missing')}
                      </>
                    )}
                  </Text>
                </div>
              ))}
            </Stack>
          </Stack>
        </Card>
      ))}
      <DocumentsSummary caseId={caseId} documentsPath={applicationPaths.edit(caseId, 'documents')} />
      <PdfLinks caseId={caseId} withConsentForm={consentNeeded(draft, context)} />
      <Stack gap="sm" component="section" aria-labelledby="review-next">
        <Title order={3} size="h4" id="review-next">
          {t('application.review.nextTitle')}
        </Title>
        <List type="ordered" spacing="xs">
          <List.Item>{t('application.review.next1')}</List.Item>
          <List.Item>{t('application.review.next2')}</List.Item>
          <List.Item>{t('application.review.next3')}</List.Item>
        </List>
        <Text size="sm">{t('application.review.afterSubmit')}</Text>
      </Stack>
      {submission.reasons.length > 0 && (
        <ReasonAdvice
          reasons={submission.reasons}
          profile={profile}
          pathOf={(step) => applicationPaths.edit(caseId, step)}
        />
      )}
      {submission.error && !isProblem(submission.error, 409, 'ineligible') && (
        <Alert color="red" role="alert" title={t('application.submit.failed')} data-testid="submit-error">
          {submission.error instanceof NotSavedError
            ? t('application.submit.notSaved')
            : errorText(submission.error, t)}
        </Alert>
      )}
      <Button size="xl" styles={wrapLabel} loading={submission.pending} onClick={send} data-testid="submit">
        {t('application.review.submit')}
      </Button>
    </Stack>
  );
}
