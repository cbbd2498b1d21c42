import { Badge, Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiaisonCaseView } from '../../../../shared/contracts/liaison.js';
import { Section } from './Section.js';

const outcomeColour = { eligible: 'brand.9', needs_review: 'caution.9', ineligible: 'red.9' } as const;

/** The eligibility check made at submission: its outcome in words, and every reason with its rule. */
export function EligibilitySection({ eligibility }: { eligibility: LiaisonCaseView['eligibility'] }) {
  const { t } = useTranslation();
  return (
    <Section
      id="eligibility"
      title={t('liaison.case.eligibility.title')}
      aside={
        eligibility && (
          <Badge
            color={outcomeColour[eligibility.outcome]}
            variant="filled"
            radius="sm"
            tt="none"
            data-testid="eligibility-outcome"
            data-outcome={eligibility.outcome}
          >
            {t(`liaison.case.eligibility.outcomes.${eligibility.outcome}`)}
          </Badge>
        )
      }
    >
      {!eligibility ? (
        <Text size="sm">{t('liaison.case.eligibility.none')}</Text>
      ) : eligibility.reasons.length === 0 ? (
        <Text size="sm">{t('liaison.case.eligibility.noReasons')}</Text>
      ) : (
        <List size="sm" spacing={4} data-testid="eligibility-reasons">
          {eligibility.reasons.map((reason) => (
            <List.Item key={reason.code}>
              {reason.message} <Code fz="xs">{reason.rule}</Code>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
