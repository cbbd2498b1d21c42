import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.js';
import { adminApi, type UserView } from './api.js';

/** Disable or re-enable an account, after saying exactly what will happen to whom. */
export function StatusAction({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const target = user.status === 'disabled' ? 'active' : 'disabled';
  const change = useMutation({
    mutationFn: () => adminApi.setStatus(user.id, target),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      setOpen(false);
    },
  });
  const verb = target === 'disabled' ? 'disable' : 'enable';
  const name = user.displayName;

  return (
    <>
      <Button
        size="xs"
        variant="outline"
        color={target === 'disabled' ? 'red' : 'brand'}
        onClick={() => {
          change.reset();
          setOpen(true);
        }}
        aria-label={t(`admin.status.${verb}Label`, { name })}
      >
        {t(`admin.status.${verb}`)}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t(`admin.status.${verb}Title`, { name })}
        centered
      >
        <Stack gap="md">
          <Text>{t(`admin.status.${verb}Explained`, { name, email: user.email })}</Text>
          {change.isError && (
            <Alert color="red" role="alert">
              {errorText(change.error, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('account.common.cancel')}
            </Button>
            <Button
              color={target === 'disabled' ? 'red.9' : 'brand'}
              loading={change.isPending}
              onClick={() => change.mutate()}
              data-autofocus
            >
              {t(`admin.status.${verb}Confirm`)}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
