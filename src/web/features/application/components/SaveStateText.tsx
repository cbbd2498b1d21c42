import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../format.js';
import { useLocale } from '../../../hooks/use-locale.js';
import type { SaveState } from '../use-draft-editor.js';

/**
 * "保存しました 14:05": always visible, so the person knows nothing typed is lost. Not a live region:
 * it changes with every pause in typing, and a screen reader repeating it would drown the form. A
 * failed save is announced by the screen's alert instead.
 */
export function SaveStateText({ state, timeZone }: { state: SaveState; timeZone: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const text = (() => {
    switch (state.kind) {
      case 'saved':
        return t('application.save.saved', { time: formatTime(state.at, locale, timeZone) });
      case 'pending':
        return t('application.save.pending');
      case 'saving':
        return t('application.save.saving');
      case 'failed':
        return t('application.save.failed');
    }
  })();
  return (
    <Text
      size="sm"
      c={state.kind === 'failed' ? 'red.9' : 'gray.8'}
      data-testid="save-state"
      data-state={state.kind}
    >
      {state.kind === 'saved' && <span aria-hidden>✓ </span>}
      {text}
    </Text>
  );
}
