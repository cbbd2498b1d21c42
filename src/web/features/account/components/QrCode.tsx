import { Image, Skeleton } from '@mantine/core';
import { useEffect, useState } from 'react';

/** A QR code drawn in the browser: the secret never goes to a third-party image service. */
export function QrCode({ value, alt }: { value: string; alt: string }) {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // Loaded only here: nobody else needs the QR encoder.
    void import('qrcode')
      .then(({ default: QRCode }) =>
        QRCode.toDataURL(value, { margin: 2, width: 220, errorCorrectionLevel: 'M' }),
      )
      .then((url) => {
        if (current) setDataUrl(url);
      });
    return () => {
      current = false;
    };
  }, [value]);
  if (!dataUrl) return <Skeleton w={220} h={220} />;
  return <Image src={dataUrl} alt={alt} w={220} h={220} fit="contain" data-testid="totp-qr" />;
}
