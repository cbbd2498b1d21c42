/**
 * Test helper (not a test file): reads a single-part text/plain message as an SMTP peer received it.
 * Just enough MIME for our own mails — RFC 2047 encoded words in headers, base64 or quoted-printable
 * bodies in UTF-8 — so the tests can compare what arrived with what was rendered.
 */
export type ParsedMail = { headers: Map<string, string>; text: string };

export function parseRawMail(raw: string): ParsedMail {
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) throw new Error('no header/body separator');
  const headers = new Map<string, string>();
  // Unfolding removes the CRLF of a folded line and keeps its whitespace (RFC 5322 §2.2.3).
  for (const line of raw
    .slice(0, split)
    .replace(/\r\n(?=[ \t])/g, '')
    .split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), decodeHeader(line.slice(colon + 1).trim()));
  }
  const contentType = headers.get('content-type') ?? '';
  if (!/^text\/plain/i.test(contentType) || !/charset=utf-8/i.test(contentType)) {
    throw new Error(`unexpected content type: ${contentType}`);
  }
  const body = raw.slice(split + 4);
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  return { headers, text: decodeBody(body, encoding).replace(/\r\n/g, '\n') };
}

const encodedWord = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;

/** Adjacent encoded words are one run: whitespace between them is not text, and bytes may span them. */
function decodeHeader(value: string): string {
  return value.replace(/=\?[^?]+\?[BbQq]\?[^?]*\?=(?:\s+=\?[^?]+\?[BbQq]\?[^?]*\?=)*/g, (run) => {
    const bytes = [...run.matchAll(encodedWord)].map(([, charset, kind, payload]) => {
      if (charset?.toLowerCase() !== 'utf-8') throw new Error(`unexpected charset ${charset}`);
      return kind?.toUpperCase() === 'B'
        ? Buffer.from(payload ?? '', 'base64')
        : quotedPrintableBytes((payload ?? '').replace(/_/g, ' '));
    });
    return Buffer.concat(bytes).toString('utf8');
  });
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    return quotedPrintableBytes(body.replace(/=\r\n/g, '')).toString('utf8');
  }
  return Buffer.from(body, 'latin1').toString('utf8');
}

function quotedPrintableBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}
