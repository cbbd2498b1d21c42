import { Button, List, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult, LiaisonCaseView, LiaisonCommand } from '../../../../shared/contracts/liaison.js';
import { caseCommandRules } from '../../../../shared/domain/case-status.js';
import { ApiProblem } from '../../../api/client.js';
import { DialogActions } from './DialogActions.js';
import { liaisonApi, liaisonKeys } from '../api.js';
import {
  commandRequestOf,
  emptyCommandForm,
  isGrave,
  mailsPatient,
  requestableDocuments,
  type CommandForm,
  type CommandFormErrors,
} from '../command-form.js';
import { CommandFields } from './CommandFields.js';

export type CommandContext = {
  view: LiaisonCaseView;
  patientName: string;
  myName: string;
  myId: string;
};

/**
 * Items still missing or sent back are what a request for material usually asks for; the patient's
 * own identity document is registered later, before the consultation (R-FLOW-05), so it is left out.
 */
function initialForm(command: LiaisonCommand, view: LiaisonCaseView): CommandForm {
  if (command !== 'requestInformation') return emptyCommandForm;
  const open = new Set(
    view.checklist
      .filter((item) => !item.filledOnline && (item.state === 'missing' || item.state === 'rejected'))
      .map((item) => item.code),
  );
  const items = requestableDocuments.filter((code) => open.has(code) && code !== 'PATIENT_IDENTITY_DOCUMENT');
  return { ...emptyCommandForm, items };
}

/**
 * The confirm dialog of one command: says exactly what will change, whether and to whom the applicant
 * is mailed (and that the mail carries no medical content), asks what the command needs, then runs it.
 */
export function CommandDialog({
  command,
  context,
  onClose,
  onDone,
}: {
  command: LiaisonCommand | null;
  context: CommandContext;
  onClose: () => void;
  onDone: (command: LiaisonCommand, result: CommandResult) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={command !== null}
      onClose={onClose}
      size="xl"
      centered
      title={command ? t(`liaison.commands.${command}.title`) : ''}
      closeButtonProps={{ 'aria-label': t('liaison.common.close') }}
    >
      {command && (
        <CommandBody key={command} command={command} context={context} onClose={onClose} onDone={onDone} />
      )}
    </Modal>
  );
}

function CommandBody({
  command,
  context,
  onClose,
  onDone,
}: {
  command: LiaisonCommand;
  context: CommandContext;
  onClose: () => void;
  onDone: (command: LiaisonCommand, result: CommandResult) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { view, patientName, myName, myId } = context;
  const [form, setForm] = useState<CommandForm>(() => initialForm(command, view));
  const [errors, setErrors] = useState<CommandFormErrors>({});
  const run = useMutation({
    mutationFn: (request: Parameters<typeof liaisonApi.command>[0]) =>
      liaisonApi.command(request, view.case.id),
    onSuccess: async (result) => {
      // The case, its timeline and the queue's counts all changed.
      await queryClient.invalidateQueries({ queryKey: liaisonKeys.all });
      onDone(command, result);
    },
  });
  const params = {
    patient: patientName,
    number: view.case.caseNumber ?? '',
    me: myName,
    from: t(`liaison.status.${view.case.status}`),
    to: t(`liaison.status.${caseCommandRules[command].to}`),
  };
  const serverErrors = new Map(
    run.error instanceof ApiProblem ? run.error.fieldErrors.map((error) => [error.field, error.message]) : [],
  );
  const submit = () => {
    const checked = commandRequestOf(command, form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    run.mutate(checked.request);
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="command-dialog"
      data-command={command}
    >
      <Stack gap="md">
        <List size="sm" spacing={4} data-testid="command-explained">
          <List.Item>{t(`liaison.commands.${command}.explained`, params)}</List.Item>
          <List.Item>{t('liaison.commands.statusChange', params)}</List.Item>
          <List.Item fw={700} data-testid="command-mail">
            {mailsPatient[command]
              ? t(`liaison.commands.${command}.mail`, params)
              : t('liaison.commands.noMail', params)}
          </List.Item>
          <List.Item>{t('liaison.commands.recorded')}</List.Item>
        </List>
        <CommandFields
          command={command}
          form={form}
          errors={errors}
          serverErrors={serverErrors}
          checklist={view.checklist}
          caseId={view.case.id}
          myId={myId}
          onChange={(patch) => {
            setForm((current) => ({ ...current, ...patch }));
            setErrors({});
            run.reset();
          }}
        />
        <DialogActions error={run.isError ? run.error : null} errorTestId="command-error" onCancel={onClose}>
          <Button
            type="submit"
            color={isGrave(command) ? 'red.9' : 'brand'}
            loading={run.isPending}
            data-testid="command-confirm"
          >
            {t(`liaison.commands.${command}.confirm`)}
          </Button>
        </DialogActions>
        {Object.keys(errors).length > 0 && (
          <Text size="sm" c="red.9" role="alert">
            {t('liaison.commands.fixErrors')}
          </Text>
        )}
      </Stack>
    </form>
  );
}
