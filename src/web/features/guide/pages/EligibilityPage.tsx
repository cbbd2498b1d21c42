import { List, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KinshipSettings } from '../../../../shared/contracts/profile.js';
import {
  isAllowedProxy,
  kinshipOf,
  relationships,
  type Relationship,
} from '../../../../shared/domain/kinship.js';
import { PrecheckCallout } from '../../precheck/PrecheckCallout.js';
import { GuidePage } from '../GuidePage.js';
import { relationshipNames } from '../../../../shared/i18n/relationship-names.js';
import { useLocale } from '../../../hooks/use-locale.js';

/** Relationships allowed to consult for the patient, grouped by degree, straight from the kinship rule. */
function allowedByDegree(settings: KinshipSettings): Map<number, Relationship[]> {
  const groups = new Map<number, Relationship[]>();
  for (const relationship of relationships) {
    const kinship = kinshipOf(relationship);
    if (kinship.kind !== 'blood' || kinship.degree === null || !isAllowedProxy(relationship, settings))
      continue;
    groups.set(kinship.degree, [...(groups.get(kinship.degree) ?? []), relationship]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a - b));
}

/** Guide §2, §3, §4 and §6: who may consult and when we cannot accept (R-ELIG-01…11). */
export function EligibilityPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const relationshipName = (relationship: Relationship) => relationshipNames[locale][relationship];
  return (
    <GuidePage section="eligibility">
      {(profile) => {
        const degree = profile.kinship.maxDegree;
        const age = profile.consentExemptUnderAge;
        return (
          <>
            <PrecheckCallout />
            <section>
              <Title order={2} size="h3">
                {t('eligibility.whoTitle')}
              </Title>
              <Text mt="xs">{t('eligibility.patient')}</Text>
              <Text mt="xs">{t('eligibility.family', { degree })}</Text>
              <Text mt="xs">{t('eligibility.familyNeeds')}</Text>
              <Text mt="xs">{t('eligibility.cannotSign')}</Text>
              <Text mt="xs">{t('eligibility.minor', { age })}</Text>
            </section>
            <section>
              <Title order={2} size="h3">
                {t('eligibility.degreesTitle', { degree })}
              </Title>
              <Table mt="xs" withTableBorder>
                <Table.Tbody>
                  {isAllowedProxy('spouse', profile.kinship) && (
                    <Table.Tr>
                      <Table.Th scope="row">{t('eligibility.spouse')}</Table.Th>
                      <Table.Td>{relationshipName('spouse')}</Table.Td>
                    </Table.Tr>
                  )}
                  {[...allowedByDegree(profile.kinship)].map(([group, members]) => (
                    <Table.Tr key={group}>
                      <Table.Th scope="row">{t('eligibility.degree', { degree: group })}</Table.Th>
                      <Table.Td>
                        {members.map(relationshipName).join(t('departments.listSeparator'))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text mt="xs" size="sm">
                {profile.kinship.includeInLaws
                  ? t('eligibility.inLawsIncluded')
                  : t('eligibility.inLawsExcluded')}
              </Text>
            </section>
            <section>
              <Title order={2} size="h3">
                {t('eligibility.refusedTitle')}
              </Title>
              <List mt="xs" spacing="xs">
                <List.Item>{t('eligibility.refused.notFamily', { degree })}</List.Item>
                <List.Item>{t('eligibility.refused.noConsent', { age })}</List.Item>
                <List.Item>{t('eligibility.refused.treatment')}</List.Item>
                <List.Item>{t('eligibility.refused.transfer')}</List.Item>
                <List.Item>{t('eligibility.refused.complaint')}</List.Item>
                <List.Item>{t('eligibility.refused.deceased')}</List.Item>
                <List.Item>{t('eligibility.refused.costs')}</List.Item>
                <List.Item>{t('eligibility.refused.noAgreement')}</List.Item>
                <List.Item>{t('eligibility.refused.noMaterials')}</List.Item>
                <List.Item>{t('eligibility.refused.noSpecialist')}</List.Item>
                <List.Item>{t('eligibility.refused.noBooking')}</List.Item>
              </List>
            </section>
            <section>
              <Title order={2} size="h3">
                {t('eligibility.abroadTitle')}
              </Title>
              <Text mt="xs">{t('eligibility.foreign')}</Text>
              <Text mt="xs">{t('eligibility.outside')}</Text>
            </section>
          </>
        );
      }}
    </GuidePage>
  );
}
