import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLocale } from '../i18n/index.js';
import { useLocale } from '../hooks/use-locale.js';

/** One visible button that switches between Japanese and English and remembers the choice. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const other = locale === 'ja' ? 'en' : 'ja';
  return (
    <Button
      variant="outline"
      size="sm"
      mih={44}
      style={{ flexShrink: 0 }}
      lang={other}
      aria-label={t('app.switchToLabel')}
      onClick={() => changeLocale(other)}
      data-testid="language-switch"
    >
      {t('app.switchTo')}
    </Button>
  );
}
