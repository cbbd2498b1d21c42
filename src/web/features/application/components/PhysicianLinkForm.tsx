import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/error-text.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { applicationApi } from '../api.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Send the upload link to my primary physician": the physician's hospital can then upload the referral
 * letter and the imaging itself, with a one-time link. Not a <form>: it sits beside the uploader and the
 * screen's own form, and Enter here sends the link rather than moving to the next screen.
 */
export function PhysicianLinkForm({
  caseId,
  suggestedEmail,
  timeZone,
}: {
  caseId: string;
  suggestedEmail: string | undefined;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [email, setEmail] = useState(suggestedEmail ?? '');
  const [problem, setProblem] = useState<string | undefined>();
  const send = useMutation({
    mutationFn: (address: string) => applicationApi.sendPhysicianLink(caseId, address),
  });

  const submit = () => {
    const address = email.normalize('NFKC').trim();
    if (!emailPattern.test(address)) {
      setProblem(t('application.errors.email'));
      return;
    }
    setProblem(undefined);
    send.mutate(address);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    submit();
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="physician-link-title" data-testid="physician-link">
      <Title order={3} size="h4" id="physician-link-title">
        {t('application.documents.physicianLink.title')}
      </Title>
      <Text>{t('application.documents.physicianLink.lead')}</Text>
      <TextInput
        size="lg"
        type="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        autoComplete="off"
        label={t('application.documents.physicianLink.email')}
        value={email}
        onChange={(event) => {
          setEmail(event.currentTarget.value);
          setProblem(undefined);
        }}
        onKeyDown={onKeyDown}
        error={problem}
        data-testid="physician-link-email"
      />
      <Button
        styles={wrapLabel}
        size="md"
        mih={44}
        style={{ alignSelf: 'flex-start' }}
        loading={send.isPending}
        onClick={submit}
      >
        {t('application.documents.physicianLink.send')}
      </Button>
      {send.isSuccess && (
        <Alert color="brand" variant="light" role="status" data-testid="physician-link-sent">
          {t('application.documents.physicianLink.sent', {
            email: send.variables,
            expiresAt: formatDateTime(send.data.expiresAt, locale, timeZone),
          })}
        </Alert>
      )}
      {send.isError && (
        <Alert color="red" role="alert">
          {errorText(send.error, t)}
        </Alert>
      )}
    </Stack>
  );
}
