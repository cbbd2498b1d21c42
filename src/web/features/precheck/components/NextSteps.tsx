import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../../api/session.js';
import { accountPaths, withNext } from '../../account/next-path.js';
import { wrapLabel } from './wrap-label.js';

/** Where the application starts; it reads the saved pre-check from this device. */
export const newApplicationPath = '/applications/new';

/**
 * After "you can apply": one clear action. A signed-in patient goes straight to the application;
 * everyone else creates the patient's account (or signs in) and comes back to it.
 */
export function NextSteps() {
  const { t } = useTranslation();
  const { me } = useMe();
  const signedInPatient = me?.state === 'signed_in' && me.user.role === 'patient';
  return (
    <Stack component="section" aria-labelledby="precheck-next" gap="sm">
      <Title order={3} id="precheck-next" size="h4">
        {t('precheck.outcome.nextTitle')}
      </Title>
      {signedInPatient ? (
        <Button component={Link} to={newApplicationPath} size="lg" styles={wrapLabel} data-testid="apply">
          {t('precheck.outcome.apply')}
        </Button>
      ) : (
        <>
          <Button
            component={Link}
            to={withNext(accountPaths.signUp, newApplicationPath)}
            size="lg"
            styles={wrapLabel}
            data-testid="sign-up-to-apply"
          >
            {t('precheck.outcome.signUp')}
          </Button>
          <Text size="sm">{t('precheck.outcome.signUpHint')}</Text>
          <Button
            component={Link}
            to={withNext(accountPaths.signIn, newApplicationPath)}
            variant="outline"
            size="md"
            mih={44}
            styles={wrapLabel}
          >
            {t('precheck.outcome.signIn')}
          </Button>
        </>
      )}
      <Text size="sm" data-testid="saved-note">
        {t('precheck.outcome.savedNote')}
      </Text>
    </Stack>
  );
}
