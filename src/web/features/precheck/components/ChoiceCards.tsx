import { Box, Group, Radio, Stack, Text } from '@mantine/core';
import type { CSSProperties } from 'react';

export type Choice = { value: string; label: string; hint?: string };

/** A chosen card is marked by a thick border and a tint as well as by its dot or tick. */
export function cardStyle(checked: boolean): CSSProperties {
  return {
    borderColor: checked ? 'var(--mantine-color-brand-8)' : 'var(--mantine-color-gray-6)',
    // Thickened inside the border, so choosing a card does not shift the text.
    boxShadow: checked ? 'inset 0 0 0 2px var(--mantine-color-brand-8)' : undefined,
    backgroundColor: checked ? 'var(--mantine-color-brand-0)' : undefined,
  };
}

/** An empty circle or box drawn darker than Mantine's grey, for 3:1 non-text contrast (WCAG 1.4.11). */
export const unchosenIndicator: CSSProperties = { borderColor: 'var(--mantine-color-gray-7)' };

/**
 * One answer out of a few, as large cards: the whole card is the tap target (far above 44 px), the
 * chosen one is marked by its dot and a thicker border, not by colour alone.
 */
export function ChoiceCards({
  choices,
  value,
  onChange,
  labelledBy,
  label,
  error,
  testId,
}: {
  choices: readonly Choice[];
  value: string | undefined;
  onChange: (value: string) => void;
  /** The question heading's id, when the heading itself names the group. */
  labelledBy?: string;
  /** A visible label instead, e.g. one family member among several. */
  label?: string;
  error?: string | undefined;
  testId?: string;
}) {
  return (
    <Radio.Group
      value={value ?? null}
      onChange={onChange}
      label={label}
      labelProps={labelledBy ? { id: labelledBy } : { fz: 'md', fw: 700 }}
      error={error}
      errorProps={{ role: 'alert' }}
      size="md"
      data-testid={testId}
    >
      <Stack gap="sm" mt={label ? 'xs' : 0} mb={error ? 'xs' : 0}>
        {choices.map((choice) => {
          const checked = choice.value === value;
          return (
            <Radio.Card
              key={choice.value}
              value={choice.value}
              p="md"
              radius="md"
              mih={56}
              style={cardStyle(checked)}
            >
              <Group wrap="nowrap" gap="md" align="center">
                <Radio.Indicator size="md" styles={{ indicator: checked ? {} : unchosenIndicator }} />
                <Box component="span" style={{ display: 'block' }}>
                  <Text component="span" display="block" fw={checked ? 700 : 500}>
                    {choice.label}
                  </Text>
                  {choice.hint && (
                    <Text component="span" display="block" size="sm" c="gray.8">
                      {choice.hint}
                    </Text>
                  )}
                </Box>
              </Group>
            </Radio.Card>
          );
        })}
      </Stack>
    </Radio.Group>
  );
}

/** A yes/no question as two cards, mapped to a boolean. */
export function YesNoCards({
  value,
  onChange,
  yes,
  no,
  labelledBy,
  label,
  error,
}: {
  value: boolean | undefined;
  onChange: (value: boolean) => void;
  yes: string;
  no: string;
  labelledBy?: string;
  label?: string;
  error?: string | undefined;
}) {
  return (
    <ChoiceCards
      choices={[
        { value: 'yes', label: yes },
        { value: 'no', label: no },
      ]}
      value={value === undefined ? undefined : value ? 'yes' : 'no'}
      onChange={(choice) => onChange(choice === 'yes')}
      labelledBy={labelledBy}
      label={label}
      error={error}
    />
  );
}
