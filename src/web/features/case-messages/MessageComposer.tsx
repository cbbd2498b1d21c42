import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.js';
import { wrapLabel } from '../precheck/components/wrap-label.js';
import { caseMessagesApi, caseMessagesQueryKey } from './api.js';
import { charactersLeft, checkDraft, messageMaxLength, type DraftCheck } from './message-draft.js';

type Refusal = Extract<DraftCheck, { ok: false }>['reason'];

/**
 * Writing to the centre: the limit shown as characters left, the draft kept until the server has it
 * (a failed send leaves every word in place), and the outcome said aloud.
 */
export function MessageComposer({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const send = useMutation({
    mutationFn: (body: string) => caseMessagesApi.send(caseId, body),
    onSuccess: async () => {
      setDraft('');
      await queryClient.invalidateQueries({ queryKey: caseMessagesQueryKey(caseId) });
    },
  });
  const max = messageMaxLength.toLocaleString(i18n.language);
  const left = charactersLeft(draft).toLocaleString(i18n.language);

  return (
    <form
      noValidate
      data-testid="case-message-form"
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkDraft(draft);
        if (!checked.ok) {
          setRefusal(checked.reason);
          fieldRef.current?.focus();
          return;
        }
        setRefusal(null);
        send.mutate(checked.body);
      }}
    >
      <Stack gap="xs">
        <Textarea
          ref={fieldRef}
          label={t('caseStatus.messages.compose')}
          description={
            <>
              <span style={{ display: 'block' }}>{t('caseStatus.messages.composeHint')}</span>
              <span style={{ display: 'block' }} data-testid="case-message-left">
                {t('caseStatus.messages.charactersLeft', { left, max })}
              </span>
            </>
          }
          value={draft}
          maxLength={messageMaxLength}
          autosize
          minRows={4}
          size="md"
          error={refusal ? t(`caseStatus.messages.${refusal}`, { max }) : undefined}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            if (refusal) setRefusal(null);
            if (send.isSuccess || send.isError) send.reset();
          }}
          data-testid="case-message-draft"
        />
        {send.isError && (
          <Alert color="red" role="alert" title={t('caseStatus.messages.sendFailed')}>
            {errorText(send.error, t)}
          </Alert>
        )}
        <div role="status" aria-live="polite">
          {send.isSuccess && (
            <Alert color="brand" variant="light" data-testid="case-message-sent">
              {t('caseStatus.messages.sent')}
            </Alert>
          )}
        </div>
        <Button
          type="submit"
          size="lg"
          styles={wrapLabel}
          loading={send.isPending}
          data-testid="case-message-send"
        >
          {t('caseStatus.messages.send')}
        </Button>
      </Stack>
    </form>
  );
}
