import { List, Stepper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../hooks/use-locale.js';
import { GuidePage } from '../GuidePage.js';

const stepKeys = [
  'discuss',
  'referral',
  'apply',
  'call',
  'register',
  'book',
  'day',
  'pay',
  'report',
] as const;

/** Guide §10: from talking to the primary physician to payment and the written opinion (R-FLOW-01…07, R-CALL). */
export function StepsPage() {
  const { t } = useTranslation();
  const { pick } = useLocale();
  return (
    <GuidePage section="steps">
      {(profile) => {
        const { consultation } = profile;
        return (
          <>
            <Text>{t('steps.intro')}</Text>
            <Stepper active={-1} orientation="vertical" allowNextStepsSelect={false} iconSize={40}>
              {stepKeys.map((key, index) => (
                <Stepper.Step
                  key={key}
                  label={`${t('steps.step', { n: index + 1 })}: ${t(`steps.items.${key}.title`)}`}
                  description={
                    <>
                      <Text c="dark.8" component="span" display="block">
                        {t(`steps.items.${key}.body`, {
                          liaison: pick(profile.liaisonCentreName),
                          ready: consultation.readyBeforeMinutes,
                          window: consultation.slotWindowMinutes,
                        })}
                      </Text>
                      {key === 'day' && (
                        <List component="ul" size="sm" mt={4} c="dark.8">
                          <List.Item>
                            {t('steps.items.day.notes.max', { max: consultation.maxMinutes })}
                          </List.Item>
                          <List.Item>{t('steps.items.day.notes.noSharing')}</List.Item>
                          <List.Item>{t('steps.items.day.notes.oneDevice')}</List.Item>
                        </List>
                      )}
                    </>
                  }
                />
              ))}
            </Stepper>
          </>
        );
      }}
    </GuidePage>
  );
}
