import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { HospitalProfile } from '../../../../shared/contracts/profile.js';
import { calendarDateIn } from '../../../../shared/domain/calendar.js';
import { useMe } from '../../../api/session.js';
import { errorText } from '../../../api/error-text.js';
import { Loading } from '../../../components/Loading.js';
import { ProfileGate } from '../../../components/ProfileGate.js';
import { usePageTitle } from '../../../hooks/use-page-title.js';
import { clearSavedPrecheck, loadSavedPrecheck } from '../../precheck/saved-precheck.js';
import { applicationApi, casesQueryKey } from '../api.js';
import { PatientsOnly } from '../components/PatientsOnly.js';
import type { FormDraft } from '../form-draft.js';
import { writeLocalCopy } from '../local-copy.js';
import { applicationPaths } from '../paths.js';
import { draftFromPrecheck } from '../prefill.js';
import { savableDraft } from '../savable.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';

/**
 * /applications/new: a new draft, started from the pre-check saved on this device (nothing is asked
 * twice) and the account's e-mail address; then the first screen. The pre-check is forgotten once it
 * lives in the application.
 */
export function NewApplicationPage() {
  const { t } = useTranslation();
  usePageTitle(t('application.title'));
  return (
    <Stack gap="lg" maw={600} w="100%">
      <Title order={1} size="h2">
        {t('application.title')}
      </Title>
      <PatientsOnly>
        <ProfileGate>{(profile) => <Creator profile={profile} />}</ProfileGate>
      </PatientsOnly>
    </Stack>
  );
}

function Creator({ profile }: { profile: HospitalProfile }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { me } = useMe({ required: true });
  const email = me?.user.email;

  const create = useMutation({
    mutationFn: async () => {
      const created = await applicationApi.create();
      const saved = loadSavedPrecheck();
      const prefilled: FormDraft = saved ? draftFromPrecheck(saved.answers) : {};
      const draft: FormDraft = { ...prefilled, patient: { ...prefilled.patient, email } };
      const context = {
        today: calendarDateIn(new Date(), profile.timeZone),
        consentExemptUnderAge: profile.consentExemptUnderAge,
        departments: [],
      };
      let revision = created.revision;
      try {
        revision = (await applicationApi.save(created.id, created.revision, savableDraft(draft, context)))
          .revision;
      } catch {
        // The first save on the first screen tries again; the answers wait in this tab meanwhile.
      }
      // Family members come with their relationship but no name yet: only this tab can hold them.
      writeLocalCopy(created.id, revision, draft);
      clearSavedPrecheck();
      return created.id;
    },
    onSuccess: async (caseId) => {
      await queryClient.invalidateQueries({ queryKey: casesQueryKey });
      await navigate(applicationPaths.edit(caseId, 'attendance'), { replace: true });
    },
  });
  const started = useRef(false);
  const { mutate } = create;

  useEffect(() => {
    // One draft per visit (React may run this effect twice in development).
    if (!started.current) {
      started.current = true;
      mutate();
    }
  }, [mutate]);

  if (create.isError) {
    return (
      <Alert color="red" role="alert" title={t('application.create.failed')}>
        <Text>{errorText(create.error, t)}</Text>
        <Button styles={wrapLabel} mt="sm" size="md" mih={44} onClick={() => mutate()}>
          {t('application.create.retry')}
        </Button>
      </Alert>
    );
  }
  return <Loading />;
}
