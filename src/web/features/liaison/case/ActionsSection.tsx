import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  liaisonCommands,
  type CommandResult,
  type LiaisonCommand,
} from '../../../../shared/contracts/liaison.js';
import { isGrave, mailsPatient } from '../command-form.js';
import { CommandDialog, type CommandContext } from './CommandDialog.js';
import { Section } from './Section.js';

type Outcome = { command: LiaisonCommand; result: CommandResult };

/** What to do now: the commands the server allows this person on this case, each behind a dialog. */
export function ActionsSection({ context }: { context: CommandContext }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<LiaisonCommand | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const allowed = liaisonCommands.filter((command) => context.view.abilities.commands.includes(command));

  return (
    <Section id="actions" title={t('liaison.case.actions.title')}>
      {outcome && (
        <Alert
          color="brand"
          variant="light"
          role="status"
          data-testid="command-done"
          withCloseButton
          onClose={() => setOutcome(null)}
          closeButtonLabel={t('liaison.common.close')}
        >
          <Text size="sm">
            {t('liaison.case.actions.done', {
              action: t(`liaison.commands.${outcome.command}.button`),
              status: t(`liaison.status.${outcome.result.status}`),
            })}
          </Text>
          {outcome.result.patientNotified && <Text size="sm">{t('liaison.case.actions.mailed')}</Text>}
          {!outcome.result.patientNotified && mailsPatient[outcome.command] && (
            <Text size="sm" fw={700}>
              {t('liaison.case.actions.notMailed')}
            </Text>
          )}
        </Alert>
      )}
      {allowed.length === 0 ? (
        <Text size="sm" data-testid="no-actions">
          {t('liaison.case.actions.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {allowed.map((command) => (
            <Button
              key={command}
              variant={isGrave(command) ? 'outline' : 'filled'}
              color={isGrave(command) ? 'red.9' : 'brand'}
              fullWidth
              onClick={() => {
                setOutcome(null);
                setOpen(command);
              }}
              data-testid={`command-${command}`}
            >
              {t(`liaison.commands.${command}.button`)}
            </Button>
          ))}
        </Stack>
      )}
      <CommandDialog
        command={open}
        context={context}
        onClose={() => setOpen(null)}
        onDone={(command, result) => {
          setOpen(null);
          setOutcome({ command, result });
        }}
      />
    </Section>
  );
}
