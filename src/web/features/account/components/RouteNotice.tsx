import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { z } from 'zod';

export const notices = ['signedOut', 'totpEnabled', 'passkeyAdded', 'passwordReset'] as const;
export type Notice = (typeof notices)[number];
const stateSchema = z.object({ notice: z.enum(notices) });

/** A short "done" message handed over by the previous page (in history state, never in the URL). */
export function RouteNotice() {
  const { t } = useTranslation();
  const parsed = stateSchema.safeParse(useLocation().state);
  if (!parsed.success) return null;
  return (
    <Alert color="brand" variant="light" role="status" data-testid="notice">
      <Text>{t(`account.notices.${parsed.data.notice}`)}</Text>
    </Alert>
  );
}

export function noticeState(notice: Notice): { notice: Notice } {
  return { notice };
}
