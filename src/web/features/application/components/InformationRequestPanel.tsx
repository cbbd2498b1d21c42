import { Alert, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InformationRequestView } from '../../../../shared/contracts/liaison.js';
import { errorText } from '../../../api/error-text.js';
import { Loading } from '../../../components/Loading.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';
import { applicationApi, useInformationRequest } from '../api.js';
import { confirmBlockedBecause, requestedItemRows, somethingMissing } from '../information-request.js';
import { applicationPaths } from '../paths.js';
import { formatFullDateAndTime } from '../../../format.js';

const signs = { arrived: '✓ ', notYet: '! ', sendAgain: '× ' } as const;

/**
 * While the case waits for material: the centre's words, each requested item as arrived or not, the
 * way to the upload page, and "資料を送りました" (offered once something new arrived, said why when not).
 * `onProvided` lets the page show the calm confirmation after this panel has gone with the status.
 */
export function InformationRequestPanel({
  caseId,
  timeZone,
  onProvided,
}: {
  caseId: string;
  timeZone: string;
  onProvided: () => void;
}) {
  const { t } = useTranslation();
  const request = useInformationRequest(caseId, true);
  return (
    <Paper
      p="lg"
      radius="md"
      withBorder
      component="section"
      aria-labelledby="information-request-title"
      data-testid="information-request"
      style={{ borderWidth: 2, borderColor: 'var(--mantine-color-orange-8)' }}
    >
      <Stack gap="md">
        <Title order={2} size="h3" id="information-request-title">
          {t('caseStatus.request.title')}
        </Title>
        {request.isPending && <Loading />}
        {request.isError && (
          <Alert color="red" role="alert" title={t('caseStatus.request.loadFailed')}>
            <Text>{errorText(request.error, t)}</Text>
            <Button mt="sm" size="md" mih={44} variant="outline" onClick={() => void request.refetch()}>
              {t('caseStatus.request.retry')}
            </Button>
          </Alert>
        )}
        {request.data && (
          <RequestBody caseId={caseId} view={request.data} timeZone={timeZone} onProvided={onProvided} />
        )}
      </Stack>
    </Paper>
  );
}

function RequestBody({
  caseId,
  view,
  timeZone,
  onProvided,
}: {
  caseId: string;
  view: InformationRequestView;
  timeZone: string;
  onProvided: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const provide = useMutation({
    mutationFn: () => applicationApi.informationProvided(caseId),
    onSuccess: async () => {
      onProvided();
      // The status, the timeline and the checklist all moved with the case.
      await queryClient.invalidateQueries({ queryKey: ['cases', caseId] });
    },
    // Refused (nothing new arrived, or the case moved meanwhile): show what the server now says.
    onError: () => void queryClient.invalidateQueries({ queryKey: ['cases', caseId] }),
  });
  const rows = requestedItemRows(view);
  const blocked = confirmBlockedBecause(view);
  const missing = somethingMissing(view);

  return (
    <>
      {view.requestedAt && (
        <Text size="sm" c="gray.8">
          {t('caseStatus.request.askedAt', { at: formatFullDateAndTime(view.requestedAt, locale, timeZone) })}
        </Text>
      )}
      {view.message && (
        <Stack gap={4}>
          <Text fw={700}>{t('caseStatus.request.messageTitle')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="information-request-message">
            {view.message}
          </Text>
        </Stack>
      )}
      <Stack gap={4}>
        <Text fw={700} id="information-request-items">
          {t('caseStatus.request.itemsTitle')}
        </Text>
        {rows.length === 0 ? (
          <Text>{t('caseStatus.request.noItems')}</Text>
        ) : (
          <List spacing="xs" listStyleType="none" p={0} aria-labelledby="information-request-items">
            {rows.map((row) => (
              <List.Item
                key={row.code}
                data-testid="requested-item"
                data-code={row.code}
                data-state={row.state}
              >
                <Text span fw={700} aria-hidden>
                  {signs[row.state]}
                </Text>
                {row.title}
                {' — '}
                <Text span fw={700}>
                  {t(`caseStatus.request.state.${row.state}`)}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Button
        component={Link}
        to={applicationPaths.documents(caseId)}
        size="lg"
        variant={missing || blocked === 'nothingSent' ? 'filled' : 'outline'}
        styles={wrapLabel}
        data-testid="information-request-upload"
      >
        {t('caseStatus.request.toUpload')}
      </Button>
      <Text>{t('caseStatus.request.confirmLead')}</Text>
      {blocked && (
        <Text id="information-provided-blocked" data-testid="information-provided-blocked">
          {t(`caseStatus.request.blocked.${blocked}`)}
        </Text>
      )}
      <Button
        size="lg"
        styles={wrapLabel}
        variant={blocked ? 'outline' : 'filled'}
        disabled={blocked !== null}
        aria-describedby={blocked ? 'information-provided-blocked' : undefined}
        loading={provide.isPending}
        onClick={() => provide.mutate()}
        data-testid="information-provided"
      >
        {t('caseStatus.request.confirm')}
      </Button>
      {provide.isError && (
        <Alert color="red" role="alert" title={t('caseStatus.request.confirmFailed')}>
          {errorText(provide.error, t)}
        </Alert>
      )}
    </>
  );
}
