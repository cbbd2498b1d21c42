import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneCallView } from '../../../../shared/contracts/liaison.js';
import type { HospitalProfile } from '../../../../shared/contracts/profile.js';
import { errorText } from '../../../api/error-text.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { liaisonApi, liaisonKeys } from '../api.js';
import { PhoneCallForm } from './PhoneCallForm.js';
import { Section } from './Section.js';

/** The phone log of the case (coordinators): every call, and a form to write down the one just made. */
export function PhoneLogSection({ caseId, profile }: { caseId: string; profile: HospitalProfile }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const calls = useQuery({ queryKey: liaisonKeys.calls(caseId), queryFn: () => liaisonApi.calls(caseId) });
  return (
    <Section
      id="calls"
      title={t('liaison.case.calls.title')}
      aside={
        !adding && (
          <Button size="compact-sm" variant="light" onClick={() => setAdding(true)} data-testid="call-add">
            {t('liaison.case.calls.add')}
          </Button>
        )
      }
    >
      {adding && <PhoneCallForm caseId={caseId} profile={profile} onDone={() => setAdding(false)} />}
      {calls.isError && (
        <Alert color="red" role="alert">
          {errorText(calls.error, t)}
        </Alert>
      )}
      {calls.data && calls.data.calls.length === 0 && <Text size="sm">{t('liaison.case.calls.none')}</Text>}
      {calls.data && calls.data.calls.length > 0 && (
        <CallTable calls={calls.data.calls} timeZone={profile.timeZone} />
      )}
    </Section>
  );
}

function CallTable({ calls, timeZone }: { calls: PhoneCallView[]; timeZone: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const sorted = [...calls].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }} data-testid="calls">
      {sorted.map((call) => (
        <Stack
          component="li"
          key={call.id}
          gap={0}
          py={6}
          style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
          data-testid="call-row"
        >
          <Text size="xs" c="gray.8">
            {formatDateTime(call.at, locale, timeZone)} ·{' '}
            {t(`liaison.case.calls.directions.${call.direction}`)}
            {call.createdBy ? ` · ${call.createdBy.name}` : ''}
          </Text>
          <Text size="sm">
            <Text span inherit fw={700}>
              {t(`liaison.case.calls.outcomes.${call.outcome}`)}
            </Text>
            {' — '}
            {t(`liaison.case.calls.parties.${call.party}`)}
            {call.partyName ? `（${call.partyName}）` : ''}
          </Text>
          {call.nextAction && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {t('liaison.case.calls.nextActionIs', { text: call.nextAction })}
            </Text>
          )}
          {call.callBackAt && (
            <Text size="sm" fw={700} data-testid="call-back">
              {t('liaison.case.calls.callBackIs', { at: formatDateTime(call.callBackAt, locale, timeZone) })}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
