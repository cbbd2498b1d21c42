import { Anchor, Text } from '@mantine/core';
import { Fragment } from 'react';

const linkPattern = /(https?:\/\/[^\s<>"]+)/g;

/** A plain-text mail with its links made clickable (same page origin, so they open this app). */
export function MailText({ text }: { text: string }) {
  const parts = text.split(linkPattern);
  return (
    <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <Anchor key={index} href={sameOrigin(part)} underline="always">
            {part}
          </Anchor>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </Text>
  );
}

/** Mails carry the configured public URL; in development the page may be served from another host. */
function sameOrigin(link: string): string {
  try {
    const url = new URL(link);
    return url.pathname.startsWith('/account/') ? `${url.pathname}${url.search}${url.hash}` : link;
  } catch {
    return link;
  }
}
