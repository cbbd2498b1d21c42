import { Button, Group, Text, TextInput } from '@mantine/core';
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blockImeEnter } from '../../../components/ime.js';

/**
 * The one search box: a name (kanji or kana), a case number or phone digits. The term is posted to the
 * server and kept in this page's memory only, never in the URL (it is patient data).
 */
export const QueueSearch = forwardRef<HTMLInputElement, { active: string; onSearch: (text: string) => void }>(
  function QueueSearch({ active, onSearch }, ref) {
    const { t } = useTranslation();
    const [draft, setDraft] = useState(active);
    return (
      <form
        role="search"
        aria-label={t('liaison.queue.search.label')}
        onKeyDown={blockImeEnter}
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(draft.trim());
        }}
      >
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            ref={ref}
            type="search"
            size="sm"
            w={440}
            label={t('liaison.queue.search.label')}
            description={t('liaison.queue.search.hint')}
            value={draft}
            maxLength={100}
            onChange={(event) => setDraft(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            data-testid="queue-search"
          />
          <Button type="submit" size="sm">
            {t('liaison.queue.search.submit')}
          </Button>
          {active && (
            <>
              <Text size="sm" data-testid="queue-search-active">
                {t('liaison.queue.search.active', { text: active })}
              </Text>
              <Button
                size="sm"
                variant="default"
                onClick={() => {
                  setDraft('');
                  onSearch('');
                }}
              >
                {t('liaison.queue.search.clear')}
              </Button>
            </>
          )}
        </Group>
      </form>
    );
  },
);
