import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One part of the account settings, named by its heading. */
export function SettingsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={`settings-${id}`} padding="lg">
      <Stack gap="md">
        <Title order={2} size="h3" id={`settings-${id}`}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
