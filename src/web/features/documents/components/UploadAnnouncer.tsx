import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Announcement } from '../announcements.js';

/**
 * Tells screen-reader users when a file was received, refused or could not be sent, without moving
 * their focus: each new line of this log is read once. An imaging CD is announced once, when it is done.
 */
export function UploadAnnouncer({ announcements }: { announcements: readonly Announcement[] }) {
  const { t } = useTranslation();
  return (
    <VisuallyHidden role="log" aria-live="polite" aria-relevant="additions" data-testid="upload-announcer">
      {announcements.map((announcement) => (
        <p key={announcement.seq}>
          {announcement.kind === 'cdDone'
            ? t('caseDocuments.upload.announce.cdDone', {
                received: announcement.received,
                problems: announcement.problems,
              })
            : t(`caseDocuments.upload.announce.${announcement.kind}`, { name: announcement.fileName })}
        </p>
      ))}
    </VisuallyHidden>
  );
}
