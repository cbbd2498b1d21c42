import { Alert, Button, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/error-text.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../hooks/use-page-title.js';
import { physicianApi } from './api.js';
import type { Ended } from './components/FinishSending.js';
import { InvalidLink } from './components/InvalidLink.js';
import { PhysicianUploadForm } from './components/PhysicianUploadForm.js';
import { ThankYou } from './components/ThankYou.js';
import { browserPlace, claimSession, forgetSession } from './physician-session.js';

type Visit = {
  /** Counts the links opened in this tab, so a new one is asked about afresh. */
  readonly generation: number;
  readonly session: ReturnType<typeof claimSession>;
  readonly storage: ReturnType<typeof browserPlace>['storage'];
};

function visitOf(generation: number): Visit {
  const place = browserPlace();
  return { generation, session: claimSession(place), storage: place.storage };
}

/**
 * /physician-upload#token=…: the primary physician's page, opened from the e-mailed link without an
 * account. It says who asks for what until when, takes the files (a whole imaging CD too), shows the
 * receipts of what arrived, and closes the link when the physician says everything is sent.
 */
export function PhysicianUploadPage() {
  const { t } = useTranslation();
  usePageTitle(t('physicianUpload.page.title'));
  // Read once, before anything else runs: the token leaves the address bar at once.
  const [visit, setVisit] = useState(() => visitOf(0));
  const [ended, setEnded] = useState<Ended | null>(null);

  useEffect(() => {
    // A link opened again in this tab only changes the fragment: no new page load, so take it here.
    const onHashChange = () => {
      if (!window.location.hash.includes('token=')) return;
      setVisit((previous) => visitOf(previous.generation + 1));
      setEnded(null);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const { session, storage } = visit;
  const token = session?.token ?? null;
  const link = useQuery({
    // The token itself stays out of the cache's keys.
    queryKey: ['physician-upload', visit.generation],
    queryFn: () => (token ? physicianApi.describe(token) : Promise.resolve(null)),
    enabled: token !== null && ended === null,
    staleTime: Infinity,
  });

  if (ended?.kind === 'finished') return <ThankYou files={ended.files} />;
  if (!session || ended?.kind === 'gone') return <InvalidLink moved={ended !== null} />;
  if (link.isPending) return <Loading />;
  if (link.isError) {
    return (
      <Alert color="red" role="alert" title={t('physicianUpload.page.loadFailed')}>
        <Text>{errorText(link.error, t)}</Text>
        <Button mt="sm" size="md" mih={44} onClick={() => void link.refetch()}>
          {t('physicianUpload.page.retry')}
        </Button>
      </Alert>
    );
  }
  if (!link.data) return <InvalidLink moved={false} />;
  return (
    <PhysicianUploadForm
      key={visit.generation}
      link={link.data}
      session={session}
      storage={storage}
      onEnded={(outcome) => {
        // Closed (or found closed): nothing more can be sent, so the token is of no further use.
        forgetSession(storage);
        setEnded(outcome);
      }}
    />
  );
}
