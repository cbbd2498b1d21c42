import { Alert, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { documentTitle } from '../../../../shared/i18n/rules-messages.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { GuidePage } from '../GuidePage.js';

/** Guide §9 and §10③: what to send, who prepares it, and that it is kept for good (R-DOC-01…06). */
export function DocumentsPage() {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  return (
    <GuidePage section="documents">
      {(profile) => {
        const age = profile.consentExemptUnderAge;
        const departmentRules = profile.departments.flatMap((department) =>
          department.documentRules.map((rule) => {
            const condition = department.conditions.find(
              (candidate) => candidate.code === rule.conditionCode,
            );
            return {
              key: `${department.code}-${rule.document}-${rule.conditionCode ?? 'all'}`,
              heading: condition
                ? t('documents.forCondition', {
                    department: pick(department.name),
                    condition: pick(condition.name),
                  })
                : t('documents.forDepartment', { department: pick(department.name) }),
              text: rule.note ? pick(rule.note) : documentTitle(locale, rule.document),
            };
          }),
        );
        return (
          <>
            <Text>{t('documents.intro')}</Text>
            <section>
              <Title order={2} size="h3">
                {t('documents.physicianTitle')}
              </Title>
              <List mt="xs" spacing="xs" type="ordered">
                <List.Item>{t('documents.referral')}</List.Item>
                <List.Item>
                  {t('documents.dataTitle')}
                  <Text size="sm" mt={4}>
                    {t('documents.dataIntro')}
                  </Text>
                  <List withPadding spacing={2}>
                    <List.Item>{t('documents.data.blood')}</List.Item>
                    <List.Item>{t('documents.data.physiological')}</List.Item>
                    <List.Item>{t('documents.data.xray')}</List.Item>
                    <List.Item>{t('documents.data.ultrasound')}</List.Item>
                    <List.Item>{t('documents.data.ctMri')}</List.Item>
                    <List.Item>{t('documents.data.pathology')}</List.Item>
                  </List>
                </List.Item>
              </List>
              <Alert mt="sm" color="caution" variant="light" title={t('documents.noSlides')} />
            </section>
            <section>
              <Title order={2} size="h3">
                {t('documents.applicantTitle')}
              </Title>
              <List mt="xs" spacing="xs">
                <List.Item>{t('documents.applicationForm')}</List.Item>
                <List.Item>{t('documents.consultationSheet')}</List.Item>
              </List>
              <Text mt="xs" size="sm">
                {t('documents.onlineForms')}
              </Text>
            </section>
            <section>
              <Title order={2} size="h3">
                {t('documents.familyTitle')}
              </Title>
              <List mt="xs" spacing="xs">
                <List.Item>{t('documents.consentForm', { age })}</List.Item>
                <List.Item>{t('documents.proxyIds')}</List.Item>
                <List.Item>
                  {t('documents.relationshipTitle')}
                  <List withPadding spacing={2}>
                    <List.Item>{t('documents.livingTogether')}</List.Item>
                    <List.Item>{t('documents.livingApart')}</List.Item>
                    <List.Item>{t('documents.minorProof', { age })}</List.Item>
                  </List>
                </List.Item>
              </List>
            </section>
            {departmentRules.length > 0 && (
              <section>
                <Title order={2} size="h3">
                  {t('documents.departmentTitle')}
                </Title>
                <List mt="xs" spacing="xs">
                  {departmentRules.map((rule) => (
                    <List.Item key={rule.key}>
                      <Text fw={700} span>
                        {rule.heading}
                      </Text>
                      : {rule.text}
                    </List.Item>
                  ))}
                </List>
              </section>
            )}
            <section>
              <Title order={2} size="h3">
                {t('documents.beforeDateTitle')}
              </Title>
              <List mt="xs" spacing="xs">
                <List.Item>{t('documents.identity')}</List.Item>
                <List.Item>{t('documents.card')}</List.Item>
              </List>
            </section>
            <section>
              <Title order={2} size="h3">
                {t('documents.retentionTitle')}
              </Title>
              <Text mt="xs">{t('documents.retention')}</Text>
            </section>
          </>
        );
      }}
    </GuidePage>
  );
}
