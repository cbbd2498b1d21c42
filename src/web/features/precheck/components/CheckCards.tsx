import { Checkbox, Group, Stack, Text } from '@mantine/core';
import { cardStyle, unchosenIndicator, type Choice } from './ChoiceCards.js';

/** Several answers at once, as large cards with a visible tick (the purposes of the consultation). */
export function CheckCards({
  choices,
  value,
  onChange,
  labelledBy,
  error,
}: {
  choices: readonly Choice[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  labelledBy: string;
  error?: string | undefined;
}) {
  return (
    <Checkbox.Group
      value={[...value]}
      onChange={onChange}
      labelProps={{ id: labelledBy }}
      error={error}
      errorProps={{ role: 'alert' }}
      size="md"
    >
      <Stack gap="sm" mb={error ? 'xs' : 0}>
        {choices.map((choice) => {
          const checked = value.includes(choice.value);
          return (
            <Checkbox.Card
              key={choice.value}
              value={choice.value}
              p="md"
              radius="md"
              mih={56}
              style={cardStyle(checked)}
            >
              <Group wrap="nowrap" gap="md" align="center">
                <Checkbox.Indicator size="md" styles={{ indicator: checked ? {} : unchosenIndicator }} />
                <Text component="span" fw={checked ? 700 : 500}>
                  {choice.label}
                </Text>
              </Group>
            </Checkbox.Card>
          );
        })}
      </Stack>
    </Checkbox.Group>
  );
}
