import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { usePageTitle } from '../../../hooks/use-page-title.js';

/** One account screen: one heading, an optional plain lead, one thing to do. Narrow for phones. */
export function AccountPageShell({
  title,
  lead,
  children,
  focusHeading = false,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  /** For a result shown in place of a form: bring the reader (and the screen reader) to its heading. */
  focusHeading?: boolean;
}) {
  usePageTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) {
      window.scrollTo(0, 0);
      heading.current?.focus({ preventScroll: true });
    }
  }, [focusHeading]);
  return (
    <Stack gap="lg" maw={520} w="100%">
      <Title order={1} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {title}
      </Title>
      {lead && <Text>{lead}</Text>}
      {children}
    </Stack>
  );
}
