import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/error-text.js';
import { ConfirmDialog } from '../../documents/components/ConfirmDialog.js';
import type { UploadSnapshot } from '../../documents/upload-controller.js';
import { isBusy } from '../../documents/upload-schedule.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';
import { physicianApi } from '../api.js';

export type Ended = { kind: 'finished'; files: number } | { kind: 'gone' };

type FinishSendingProps = {
  token: string;
  snapshot: UploadSnapshot;
  /** Files the hospital confirmed receiving through this link in this tab. */
  received: number;
  onEnded: (ended: Ended) => void;
};

/**
 * "Everything is sent": closes the link for good, after saying so. Not while files are still on their
 * way — closing the link would cut them off.
 */
export function FinishSending({ token, snapshot, received, onEnded }: FinishSendingProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const busy = isBusy(snapshot.state);
  const finish = useMutation({
    mutationFn: () => physicianApi.finish(token),
    onSuccess: (outcome) =>
      onEnded(outcome === 'gone' ? { kind: 'gone' } : { kind: 'finished', files: received }),
  });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="physician-finish">
      <Stack gap="sm">
        <Title order={2} size="h3" id="physician-finish">
          {t('physicianUpload.finish.title')}
        </Title>
        <Text>{t('physicianUpload.finish.body')}</Text>
        {busy && (
          <Text fw={700} role="status">
            {t('physicianUpload.finish.busy')}
          </Text>
        )}
        <Button
          size="lg"
          disabled={busy}
          onClick={() => {
            finish.reset();
            setConfirming(true);
          }}
          styles={wrapLabel}
          data-testid="physician-finish"
        >
          {t('physicianUpload.finish.button')}
        </Button>
        {finish.isError && !confirming && (
          <Alert color="red" role="alert">
            {errorText(finish.error, t)}
          </Alert>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('physicianUpload.finish.confirmTitle')}
        body={
          received === 0
            ? t('physicianUpload.finish.confirmBodyNothing')
            : t('physicianUpload.finish.confirmBody')
        }
        confirmLabel={t('physicianUpload.finish.confirm')}
        onConfirm={() => finish.mutate()}
        onClose={() => setConfirming(false)}
        pending={finish.isPending}
        error={finish.isError ? errorText(finish.error, t) : null}
      />
    </Card>
  );
}
