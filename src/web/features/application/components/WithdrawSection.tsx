import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/error-text.js';
import { ConfirmDialog } from '../../documents/components/ConfirmDialog.js';
import { applicationApi } from '../api.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';

/**
 * Withdrawing the application (before the consultation, SPEC §3). It says first what it does and that
 * it cannot be undone; the submitted material stays in the hospital's record (R-DOC-06).
 */
export function WithdrawSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => applicationApi.withdraw(caseId),
    onSuccess: async () => {
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="status-withdraw" data-testid="withdraw">
      <Title order={2} size="h3" id="status-withdraw">
        {t('caseStatus.withdraw.title')}
      </Title>
      <Text>{t('caseStatus.withdraw.lead')}</Text>
      <Button
        styles={wrapLabel}
        variant="outline"
        color="red.9"
        size="md"
        mih={44}
        style={{ alignSelf: 'flex-start' }}
        onClick={() => setOpen(true)}
        data-testid="withdraw-open"
      >
        {t('caseStatus.withdraw.button')}
      </Button>
      {withdraw.isSuccess && (
        <Alert color="brand" variant="light" role="status">
          {t('caseStatus.withdraw.done')}
        </Alert>
      )}
      <ConfirmDialog
        opened={open}
        title={t('caseStatus.withdraw.confirmTitle')}
        body={t('caseStatus.withdraw.confirmBody')}
        confirmLabel={t('caseStatus.withdraw.confirm')}
        onConfirm={() => withdraw.mutate()}
        onClose={() => setOpen(false)}
        pending={withdraw.isPending}
        error={withdraw.isError ? errorText(withdraw.error, t) : null}
      />
    </Stack>
  );
}
