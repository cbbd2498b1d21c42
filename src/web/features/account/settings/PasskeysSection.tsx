import { Alert, Button, Card, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../shared/contracts/auth.js';
import { errorText } from '../../../api/error-text.js';
import { meQueryKey, useSessionUpdates } from '../../../api/session.js';
import { Loading } from '../../../components/Loading.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { accountApi, type PasskeyView } from '../api.js';
import { AddPasskeyForm } from '../components/AddPasskeyForm.js';
import { PasskeyError } from '../components/PasskeyError.js';
import { passkeysSupported } from '../passkey.js';
import { SettingsSection } from './SettingsSection.js';

const passkeysKey = ['account', 'passkeys'] as const;
const sessionsKey = ['account', 'sessions'] as const;

/** Passkeys: what they are in plain words, the ones registered, add one on this device, remove one. */
export function PasskeysSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { applyMe } = useSessionUpdates();
  const [added, setAdded] = useState(false);
  const passkeys = useQuery({ queryKey: passkeysKey, queryFn: accountApi.passkeys });
  const { totp } = me.user.secondFactors;
  const count = passkeys.data?.passkeys.length ?? me.user.secondFactors.passkeys;
  // Staff keep at least one second factor: the last one is not offered for removal.
  const removable = me.user.role === 'patient' || count + (totp ? 1 : 0) > 1;

  return (
    <SettingsSection id="passkeys" title={t('account.passkeys.sectionTitle')}>
      <Text>{t('account.passkeys.explained')}</Text>
      <Text>{t('account.passkeys.private')}</Text>
      {passkeys.isPending && <Loading />}
      {passkeys.isError && (
        <Alert color="red" role="alert">
          {errorText(passkeys.error, t)}
        </Alert>
      )}
      {passkeys.data &&
        (passkeys.data.passkeys.length === 0 ? (
          <Text data-testid="passkeys-none">{t('account.passkeys.none')}</Text>
        ) : (
          <Stack
            gap="sm"
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label={t('account.passkeys.listLabel')}
          >
            {passkeys.data.passkeys.map((passkey) => (
              <PasskeyItem
                key={passkey.id}
                passkey={passkey}
                removable={removable}
                lastOfPatient={me.user.role === 'patient' && count === 1 && !totp}
              />
            ))}
          </Stack>
        ))}
      {added && (
        <Alert color="brand" variant="light" role="status" data-testid="passkey-added">
          {t('account.passkeys.addedNotice')}
        </Alert>
      )}
      <Stack gap="sm" component="section" aria-labelledby="passkeys-add">
        <Title order={3} size="h4" id="passkeys-add">
          {t('account.passkeys.addTitle')}
        </Title>
        {passkeysSupported() ? (
          <AddPasskeyForm
            label={t('account.passkeys.addTitle')}
            submitLabel={t('account.passkeys.add')}
            onAdded={(answer) => {
              applyMe(answer);
              setAdded(true);
              void queryClient.invalidateQueries({ queryKey: passkeysKey });
              // Adding the first second factor gives this session a new token.
              void queryClient.invalidateQueries({ queryKey: sessionsKey });
            }}
          />
        ) : (
          <Alert color="caution" variant="light" data-testid="passkeys-unsupported">
            {t('account.passkeys.errors.unsupported')}
          </Alert>
        )}
      </Stack>
    </SettingsSection>
  );
}

function PasskeyItem({
  passkey,
  removable,
  lastOfPatient,
}: {
  passkey: PasskeyView;
  removable: boolean;
  lastOfPatient: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation({
    mutationFn: () => accountApi.removePasskey(passkey.id),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: passkeysKey }),
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]);
      setOpen(false);
    },
  });
  const { name } = passkey;
  return (
    <Card component="li" withBorder padding="md" data-testid="passkey" data-name={name}>
      <Stack gap={4}>
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {name}
        </Text>
        <Text size="sm">
          {t('account.passkeys.createdAt', { at: formatDateTime(passkey.createdAt, locale) })}
        </Text>
        <Text size="sm" data-testid="passkey-last-used">
          {passkey.lastUsedAt
            ? t('account.passkeys.lastUsedAt', { at: formatDateTime(passkey.lastUsedAt, locale) })
            : t('account.passkeys.neverUsed')}
        </Text>
        {removable ? (
          <Button
            mt="xs"
            variant="outline"
            color="red"
            size="md"
            w="fit-content"
            onClick={() => {
              remove.reset();
              setOpen(true);
            }}
            aria-label={t('account.passkeys.removeLabel', { name })}
          >
            {t('account.passkeys.remove')}
          </Button>
        ) : (
          <Text size="sm" data-testid="passkey-keep">
            {t('account.passkeys.onlyFactor')}
          </Text>
        )}
      </Stack>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('account.passkeys.removeTitle', { name })}
        closeButtonProps={{ 'aria-label': t('account.common.close') }}
        centered
      >
        <Stack gap="md">
          <List spacing="xs">
            <List.Item>{t('account.passkeys.removeExplained')}</List.Item>
            {lastOfPatient && <List.Item>{t('account.passkeys.removeLast')}</List.Item>}
            <List.Item>{t('account.passkeys.removeDevice')}</List.Item>
          </List>
          {remove.isError && <PasskeyError error={remove.error} purpose="add" />}
          <Group justify="flex-end">
            <Button variant="default" size="md" onClick={() => setOpen(false)}>
              {t('account.common.cancel')}
            </Button>
            <Button color="red.9" size="md" loading={remove.isPending} onClick={() => remove.mutate()}>
              {t('account.passkeys.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
