import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmDialogProps = {
  opened: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  /** Why the last attempt failed, in the reader's language. */
  error: string | null;
  /** Progress of a long confirmation (removing a CD's files). */
  status?: ReactNode;
};

/** Says what will happen before a file is taken away, and lets the person change their mind. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  const { opened, title, body, confirmLabel, onConfirm, onClose, pending, error, status } = props;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('caseDocuments.document.close'), size: 'xl' }}
      centered
    >
      <Stack gap="md">
        <Text>{body}</Text>
        {status}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" size="md" mih={44} onClick={onClose}>
            {t('caseDocuments.document.cancel')}
          </Button>
          <Button color="red.9" size="md" mih={44} loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
