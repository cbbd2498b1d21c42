import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useHospitalProfile } from '../../../api/profile.js';
import { formatDateTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { FilePicker } from '../../documents/components/FilePicker.js';
import { ItemUploads } from '../../documents/components/ItemUploads.js';
import { UnfinishedNotice } from '../../documents/components/UnfinishedNotice.js';
import { UploadAnnouncer } from '../../documents/components/UploadAnnouncer.js';
import { UploadTotals } from '../../documents/components/UploadTotals.js';
import { UploadWordingContext, type UploadWording } from '../../documents/components/upload-wording.js';
import { useLeaveWarning } from '../../documents/use-uploads.js';
import type { PhysicianUpload } from '../api.js';
import type { PhysicianSession, SessionStore } from '../physician-session.js';
import { usePhysicianUploads } from '../use-physician-uploads.js';
import { FinishSending, type Ended } from './FinishSending.js';
import { SentReceipts } from './SentReceipts.js';

/** Refused with 401, a physician's upload means the link closed (expired, or finished elsewhere). */
const physicianWording: UploadWording = { failure: { signedOut: 'physicianUpload.failure.linkClosed' } };

type PhysicianUploadFormProps = {
  link: PhysicianUpload;
  session: PhysicianSession;
  storage: SessionStore | null;
  onEnded: (ended: Ended) => void;
};

/** The physician's page while the link works: who asks for what until when, the uploaders, receipts. */
export function PhysicianUploadForm({ link, session, storage, onEnded }: PhysicianUploadFormProps) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const profile = useHospitalProfile().data;
  const { controller, snapshot, receipts } = usePhysicianUploads(link.caseId, session, storage);
  useLeaveWarning(snapshot);

  return (
    <UploadWordingContext value={physicianWording}>
      <Stack gap="lg" data-testid="physician-upload">
        <Title order={1}>{t('physicianUpload.page.title')}</Title>
        {profile && (
          <Text>
            {t('physicianUpload.page.lead', {
              hospital: pick(profile.name),
              service: pick(profile.serviceName),
            })}
          </Text>
        )}
        <Text fw={700} data-testid="physician-link-expiry">
          {t('physicianUpload.page.expires', {
            date: formatDateTime(link.expiresAt, locale, profile?.timeZone),
          })}
        </Text>
        <Stack gap="xs" component="section" aria-labelledby="physician-asked">
          <Title order={2} size="h3" id="physician-asked">
            {t('physicianUpload.page.askedTitle')}
          </Title>
          <List spacing="xs" data-testid="physician-asked">
            {link.items.map((item) => (
              <List.Item key={item.code}>{item.title}</List.Item>
            ))}
          </List>
          <Text size="sm">{t('physicianUpload.page.privacy')}</Text>
        </Stack>

        <UploadAnnouncer announcements={snapshot.announcements} />
        <UnfinishedNotice unfinished={snapshot.unfinished} onForget={() => controller.forgetUnfinished()} />
        <UploadTotals controller={controller} snapshot={snapshot} />

        <Stack gap="sm" component="section" aria-labelledby="physician-send">
          <Title order={2} size="h3" id="physician-send">
            {t('physicianUpload.page.sendTitle')}
          </Title>
          <Text size="sm">{t('physicianUpload.page.imagingHint')}</Text>
          <Stack component="ul" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {link.items.map((item) => (
              <Card
                key={item.code}
                component="li"
                withBorder
                padding="md"
                data-testid="physician-item"
                data-code={item.code}
              >
                <Stack gap="sm">
                  <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
                    {item.title}
                  </Title>
                  <FilePicker title={item.title} onPicked={(groups) => controller.add(groups, item.code)} />
                  <ItemUploads item={item} controller={controller} snapshot={snapshot} clearable={false} />
                </Stack>
              </Card>
            ))}
          </Stack>
        </Stack>

        <SentReceipts items={link.items} receipts={receipts} />
        <FinishSending
          token={session.token}
          snapshot={snapshot}
          received={receipts.length}
          onEnded={onEnded}
        />
      </Stack>
    </UploadWordingContext>
  );
}
