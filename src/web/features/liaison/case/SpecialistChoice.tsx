import { Alert, NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { liaisonApi, liaisonKeys } from '../api.js';

/**
 * Who becomes the case's specialist on acceptance: the active doctors of its department, as the server
 * lists them (the caller first chosen). The server checks the choice again when the case is accepted.
 */
export function SpecialistChoice({
  caseId,
  myId,
  value,
  error,
  onChange,
}: {
  caseId: string;
  myId: string;
  value: string;
  error: string | undefined;
  onChange: (specialistUserId: string) => void;
}) {
  const { t } = useTranslation();
  const doctors = useQuery({
    queryKey: liaisonKeys.specialists(caseId),
    queryFn: () => liaisonApi.specialists(caseId),
  });
  if (doctors.isError) {
    return (
      <Alert color="caution" role="alert" data-testid="specialists-failed">
        {t('liaison.commands.accept.specialistsFailed')}
      </Alert>
    );
  }
  const list = doctors.data?.specialists ?? [];
  return (
    <NativeSelect
      label={t('liaison.commands.accept.specialist')}
      description={t('liaison.commands.accept.specialistHint')}
      disabled={!doctors.data}
      value={value === '' ? myId : value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      data={
        doctors.data
          ? list.map((doctor) => ({
              value: doctor.id,
              label:
                doctor.id === myId
                  ? t('liaison.commands.accept.specialistMe', { name: doctor.name })
                  : doctor.name,
            }))
          : [{ value: myId, label: t('app.loading') }]
      }
      data-testid="accept-specialist"
    />
  );
}
