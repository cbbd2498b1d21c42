import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { documentTitle } from '../../../../shared/i18n/rules-messages.js';
import { formatWeekday } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { GuidePage } from '../GuidePage.js';

/** Guide §7: departments, their consultation days, diseases and own document rules (R-SVC-03, R-ELIG-09). */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const separator = t('departments.listSeparator');
  return (
    <GuidePage section="departments">
      {(profile) => (
        <>
          <Text>{t('departments.intro')}</Text>
          <Text>{t('departments.notListed')}</Text>
          <Text size="sm">{t('departments.mayNotAccept')}</Text>
          <Stack gap="md">
            {profile.departments.map((department) => (
              <Card
                key={department.code}
                withBorder
                component="section"
                aria-labelledby={`department-${department.code}`}
              >
                <Title order={2} size="h3" id={`department-${department.code}`}>
                  {pick(department.name)}
                </Title>
                <Text mt="xs">
                  <Text span fw={700}>
                    {t('departments.weekdays')}:{' '}
                  </Text>
                  {department.consultationWeekdays.map((day) => formatWeekday(day, locale)).join(separator)}
                </Text>
                <Text mt={4}>
                  <Text span fw={700}>
                    {t('departments.conditions')}:{' '}
                  </Text>
                  {department.conditions.map((condition) => pick(condition.name)).join(separator)}
                </Text>
                {department.documentRules.length > 0 && (
                  <Text mt={4}>
                    <Text span fw={700}>
                      {t('departments.requirements')}:{' '}
                    </Text>
                    {department.documentRules
                      .map((rule) => {
                        const condition = department.conditions.find((c) => c.code === rule.conditionCode);
                        const title = documentTitle(locale, rule.document);
                        return condition ? `${title}（${pick(condition.name)}）` : title;
                      })
                      .join(separator)}
                  </Text>
                )}
              </Card>
            ))}
          </Stack>
        </>
      )}
    </GuidePage>
  );
}
