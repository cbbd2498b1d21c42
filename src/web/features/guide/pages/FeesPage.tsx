import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatYen } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { feeTierLabel } from '../fee-tier-label.js';
import { GuidePage } from '../GuidePage.js';

/** Guide §8: consultation days, length and the fee table (R-SVC-03, R-FEE-01…04). */
export function FeesPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <GuidePage section="fees">
      {(profile) => {
        const { consultation, fees } = profile;
        return (
          <>
            <section>
              <Title order={2} size="h3">
                {t('fees.daysTitle')}
              </Title>
              <Text mt="xs">{t('fees.appointment')}</Text>
              <Text mt="xs">{t('fees.candidates')}</Text>
            </section>
            <section>
              <Title order={2} size="h3">
                {t('fees.timeTitle')}
              </Title>
              <Text mt="xs">
                {t('fees.unit', { unit: consultation.unitMinutes, max: consultation.maxMinutes })}
              </Text>
              <Text mt="xs">{t('fees.actual')}</Text>
            </section>
            <section>
              <Title order={2} size="h3">
                {t('fees.feeTitle')}
              </Title>
              <Table mt="xs" withTableBorder withColumnBorders data-testid="fee-table" fz="md">
                <Table.Caption c="dark.7">
                  {t('fees.tableCaption', { tax: fees.consumptionTaxPercent })}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('fees.duration')}</Table.Th>
                    <Table.Th scope="col">{t('fees.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {fees.tiers.map((tier, index) => (
                    <Table.Tr key={tier.code}>
                      <Table.Th scope="row">{feeTierLabel(t, fees.tiers, index)}</Table.Th>
                      <Table.Td>{formatYen(tier.amountYen, locale)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text mt="xs">{t('fees.maxNote', { max: consultation.maxMinutes })}</Text>
              {!fees.insuranceCovered && <Text mt="xs">{t('fees.selfPay')}</Text>}
              <Text mt="xs">{t('fees.payment')}</Text>
            </section>
          </>
        );
      }}
    </GuidePage>
  );
}
