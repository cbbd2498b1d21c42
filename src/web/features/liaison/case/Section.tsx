import { Card, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One part of the case view: a titled card, named by its heading for screen readers. */
export function Section({
  id,
  title,
  aside,
  children,
}: {
  id: string;
  title: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby={`${id}-title`}
      padding="md"
      data-testid={`section-${id}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={2} size="h4" id={`${id}-title`}>
            {title}
          </Title>
          {aside}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
