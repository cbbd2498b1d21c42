import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../hooks/use-locale.js';
import { formatBytes, formatSpeed, formatTimeLeft } from '../size-format.js';

type ProgressBlockProps = {
  /** What is progressing, for screen readers: "「ct.zip」の送信". */
  label: string;
  percent: number;
  doneBytes: number;
  totalBytes: number;
  /** Speed and time left are shown only while bytes are moving. */
  moving: boolean;
  bytesPerSecond: number | null;
  secondsLeft: number | null;
  color?: string;
};

/**
 * A progress bar with its text beside it: bytes, percentage, speed and time left in words. The bar is
 * a progressbar with the same words as its value text, so a screen reader hears what the eye sees.
 */
export function ProgressBlock(props: ProgressBlockProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const {
    label,
    percent,
    doneBytes,
    totalBytes,
    moving,
    bytesPerSecond,
    secondsLeft,
    color = 'brand',
  } = props;
  const parts = [
    t('caseDocuments.upload.bytes', {
      done: formatBytes(doneBytes, locale),
      total: formatBytes(totalBytes, locale),
      percent,
    }),
  ];
  if (moving && bytesPerSecond !== null) {
    parts.push(t('caseDocuments.upload.speed', { speed: formatSpeed(bytesPerSecond, locale) }));
  }
  if (moving) {
    parts.push(
      secondsLeft === null
        ? t('caseDocuments.upload.calculating')
        : t('caseDocuments.upload.timeLeft', { time: formatTimeLeft(secondsLeft, locale) }),
    );
  }
  const text = parts.join(locale === 'ja' ? '　' : ' · ');
  return (
    <Stack gap={4}>
      <Progress.Root
        size="lg"
        radius="sm"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
        // The track needs a visible edge against white: Mantine's grey track alone is too faint.
        style={{ outline: '1px solid var(--mantine-color-gray-6)', outlineOffset: 0 }}
      >
        <Progress.Section value={percent} color={color} withAria={false} />
      </Progress.Root>
      <Text size="sm">{text}</Text>
    </Stack>
  );
}
