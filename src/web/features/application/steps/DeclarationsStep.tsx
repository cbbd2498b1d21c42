import { Accordion, Checkbox, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../hooks/use-locale.js';
import { sectionSetter, type StepProps } from './step-props.js';

/**
 * The two declarations without which there is no consultation: agreement to the hospital's privacy
 * policy (R-DOC-08; its text comes from the hospital profile, readable right here) and joining the call
 * from inside Japan (R-ELIG-11).
 */
export function DeclarationsStep({ draft, update, errorOf, profile }: StepProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const set = sectionSetter(update);
  const declarations = draft.declarations;
  const box = (key: 'privacyPolicyAccepted' | 'consultFromJapan', label: string) => (
    <Paper withBorder radius="md" p="md">
      <Checkbox
        size="lg"
        label={label}
        checked={declarations?.[key] === true}
        onChange={(event) => set('declarations', { [key]: event.currentTarget.checked })}
        error={errorOf(`declarations.${key}`)}
        styles={{ label: { fontSize: 'var(--mantine-font-size-md)', lineHeight: 1.6 } }}
        data-testid={`declaration-${key}`}
      />
    </Paper>
  );
  return (
    <Stack gap="lg">
      <Accordion variant="contained" radius="md">
        <Accordion.Item value="privacy">
          <Accordion.Control mih={44} data-testid="privacy-policy-toggle">
            {t('application.declarations.readPolicy')}
          </Accordion.Control>
          <Accordion.Panel>
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="privacy-policy">
              {pick(profile.privacyPolicy)}
            </Text>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      {box('privacyPolicyAccepted', t('application.declarations.privacy'))}
      <Text size="sm">{t('application.declarations.privacyNote')}</Text>
      {box('consultFromJapan', t('application.declarations.inJapan'))}
    </Stack>
  );
}
