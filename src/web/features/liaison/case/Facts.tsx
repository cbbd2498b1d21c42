import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Fact = { label: string; value: ReactNode; testId?: string };

/** Label–value pairs as a description list, two columns wide on a desktop; missing values say so. */
export function Facts({ facts, cols = 2 }: { facts: Fact[]; cols?: number }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, md: cols }} spacing="md" verticalSpacing={6} m={0}>
      {facts.map((fact) => (
        <div key={fact.label}>
          <Text component="dt" size="xs" c="gray.7" fw={700}>
            {fact.label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }} data-testid={fact.testId}>
            {fact.value === undefined || fact.value === null || fact.value === ''
              ? t('liaison.common.notGiven')
              : fact.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
