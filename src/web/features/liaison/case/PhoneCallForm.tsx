import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  callDirections,
  callOutcomes,
  callParties,
  type PhoneCallRequest,
} from '../../../../shared/contracts/liaison.js';
import type { HospitalProfile } from '../../../../shared/contracts/profile.js';
import { blockImeEnter } from '../../../components/ime.js';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { liaisonApi, liaisonKeys } from '../api.js';
import { fromDeskInput, toDeskInput } from '../desk-time.js';

const fields = ['at', 'party', 'partyName', 'direction', 'outcome', 'nextAction', 'callBackAt'] as const;

type Draft = {
  at: string;
  party: PhoneCallRequest['party'];
  partyName: string;
  direction: PhoneCallRequest['direction'];
  outcome: PhoneCallRequest['outcome'];
  nextAction: string;
  callBackAt: string;
};

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * Writes down a call: when, with whom, how it went, what happens next, and a call-back time. The server
 * refuses a call-back outside the desk's hours and says when the desk opens next: shown by the field.
 */
export function PhoneCallForm({
  caseId,
  profile,
  onDone,
}: {
  caseId: string;
  profile: HospitalProfile;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const zone = profile.timeZone;
  const [draft, setDraft] = useState<Draft>(() => ({
    at: toDeskInput(new Date(), zone),
    party: 'patient',
    partyName: '',
    direction: 'outbound',
    outcome: 'reached',
    nextAction: '',
    callBackAt: '',
  }));
  const { formRef, errors } = useFormErrors(fields);
  const log = useMutation({
    mutationFn: (body: PhoneCallRequest) => liaisonApi.logCall(caseId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: liaisonKeys.all });
      onDone();
    },
    onError: (error) => errors.showError(error),
  });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    errors.clearField(key);
  };
  const select = <T extends string>(
    key: 'party' | 'direction' | 'outcome',
    list: readonly T[],
    group: string,
  ) => (
    <NativeSelect
      size="sm"
      label={t(`liaison.case.calls.${key}`)}
      value={draft[key]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (oneOf(list, value)) setDraft((current) => ({ ...current, [key]: value }));
      }}
      data={list.map((value) => ({ value, label: t(`liaison.case.calls.${group}.${value}`) }))}
      data-testid={`call-${key}`}
    />
  );

  const submit = () => {
    const at = fromDeskInput(draft.at, zone);
    const callBackAt = draft.callBackAt ? fromDeskInput(draft.callBackAt, zone) : null;
    const ok = errors.check({
      at: at === null && 'liaison.case.calls.timeInvalid',
      callBackAt: draft.callBackAt !== '' && callBackAt === null && 'liaison.case.calls.timeInvalid',
    });
    if (!ok || at === null) return;
    log.mutate({
      at,
      party: draft.party,
      ...(draft.partyName.trim() ? { partyName: draft.partyName.trim() } : {}),
      direction: draft.direction,
      outcome: draft.outcome,
      ...(draft.nextAction.trim() ? { nextAction: draft.nextAction.trim() } : {}),
      ...(callBackAt ? { callBackAt } : {}),
    });
  };

  return (
    <form
      ref={formRef}
      noValidate
      onKeyDown={blockImeEnter}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      aria-label={t('liaison.case.calls.formTitle')}
      data-testid="call-form"
    >
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
          <TextInput
            size="sm"
            type="datetime-local"
            label={t('liaison.case.calls.at')}
            value={draft.at}
            onChange={(event) => set('at', event.currentTarget.value)}
            error={errors.errorOf('at')}
            data-testid="call-at"
          />
          {select('direction', callDirections, 'directions')}
          {select('party', callParties, 'parties')}
          <TextInput
            size="sm"
            label={t('liaison.case.calls.partyName')}
            value={draft.partyName}
            maxLength={100}
            onChange={(event) => set('partyName', event.currentTarget.value)}
            error={errors.errorOf('partyName')}
            data-testid="call-party-name"
          />
          {select('outcome', callOutcomes, 'outcomes')}
        </SimpleGrid>
        <Textarea
          size="sm"
          label={t('liaison.case.calls.nextAction')}
          value={draft.nextAction}
          maxLength={1000}
          autosize
          minRows={2}
          onChange={(event) => set('nextAction', event.currentTarget.value)}
          error={errors.errorOf('nextAction')}
          data-testid="call-next-action"
        />
        <TextInput
          size="sm"
          type="datetime-local"
          label={t('liaison.case.calls.callBackAt')}
          description={t('liaison.case.calls.deskHours', {
            opens: profile.phoneDesk.opensAt,
            closes: profile.phoneDesk.closesAt,
          })}
          value={draft.callBackAt}
          onChange={(event) => set('callBackAt', event.currentTarget.value)}
          error={errors.errorOf('callBackAt')}
          data-testid="call-back-at"
        />
        {errors.formError && (
          <Alert color="red" role="alert" data-testid="call-error">
            {errors.formError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" size="sm" onClick={onDone}>
            {t('liaison.common.cancel')}
          </Button>
          <Button type="submit" size="sm" loading={log.isPending} data-testid="call-save">
            {t('liaison.case.calls.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
