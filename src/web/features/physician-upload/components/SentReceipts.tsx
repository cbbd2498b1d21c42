import { Alert, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentCode } from '../../../../shared/contracts/profile.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { StatusIcon } from '../../documents/components/StatusIcon.js';
import { formatBytes } from '../../documents/size-format.js';
import type { SentReceipt } from '../physician-session.js';

type SentReceiptsProps = {
  items: readonly { code: DocumentCode; title: string }[];
  receipts: readonly SentReceipt[];
};

/**
 * What the hospital confirmed receiving from this page, item by item: the physician's only record, as
 * they cannot see the case's documents. A CD's files are one line; an infected file says so plainly.
 */
export function SentReceipts({ items, receipts }: SentReceiptsProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const held = items
    .map((item) => ({ item, own: receipts.filter((receipt) => receipt.checklistItem === item.code) }))
    .filter(({ own }) => own.length > 0);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="physician-receipts">
      <Stack gap="sm" data-testid="physician-receipts">
        <Title order={2} size="h3" id="physician-receipts">
          {t('physicianUpload.receipts.title')}
        </Title>
        {held.length === 0 && <Text>{t('physicianUpload.receipts.empty')}</Text>}
        {held.map(({ item, own }) => {
          // A file with a virus arrived but is of no use: said apart, never with a tick.
          const infected = own.filter((receipt) => receipt.scanState === 'infected');
          const usable = own.filter((receipt) => receipt.scanState !== 'infected');
          const cd = usable.filter((receipt) => receipt.imagingCd);
          const files = usable.filter((receipt) => !receipt.imagingCd);
          return (
            <Stack key={item.code} gap={4} data-testid="physician-receipt-item" data-code={item.code}>
              <Text fw={700}>{item.title}</Text>
              <List spacing={2} size="sm" icon={<StatusIcon name="check" />} c="brand.9">
                {files.map((receipt) => (
                  <List.Item
                    key={receipt.key}
                    style={{ overflowWrap: 'anywhere' }}
                    data-testid="physician-receipt"
                  >
                    {t('physicianUpload.receipts.file', {
                      name: receipt.fileName,
                      size: formatBytes(receipt.bytes, locale),
                    })}
                    {' — '}
                    {t('physicianUpload.receipts.received')}
                  </List.Item>
                ))}
                {cd.length > 0 && (
                  <List.Item data-testid="physician-receipt">
                    {t('physicianUpload.receipts.imagingCd', {
                      count: cd.length,
                      size: formatBytes(
                        cd.reduce((sum, receipt) => sum + receipt.bytes, 0),
                        locale,
                      ),
                    })}
                    {' — '}
                    {t('physicianUpload.receipts.received')}
                  </List.Item>
                )}
              </List>
              {infected.map((receipt) => (
                <Alert key={receipt.key} color="red" variant="light" p="xs">
                  {t('physicianUpload.receipts.infected', { name: receipt.fileName })}
                </Alert>
              ))}
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}
