import { Checkbox, NativeSelect, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  declineReasons,
  informationChannels,
  withdrawalChannels,
  type LiaisonCommand,
} from '../../../../shared/contracts/liaison.js';
import type { ChecklistItem } from '../../../../shared/contracts/documents.js';
import { documentTitle } from '../../../../shared/i18n/rules-messages.js';
import { useLocale } from '../../../hooks/use-locale.js';
import {
  MESSAGE_MAX,
  requestableDocuments,
  type CommandForm,
  type CommandFormErrors,
} from '../command-form.js';
import { SpecialistChoice } from './SpecialistChoice.js';

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

type FieldsProps = {
  command: LiaisonCommand;
  form: CommandForm;
  errors: CommandFormErrors;
  /** Field messages of the server's refusal, already in the user's language. */
  serverErrors: ReadonlyMap<string, string>;
  checklist: ChecklistItem[];
  caseId: string;
  myId: string;
  onChange: (patch: Partial<CommandForm>) => void;
};

/** The questions a command's confirm dialog asks (none for most). */
export function CommandFields(props: FieldsProps) {
  const { command, form, errors, checklist, onChange } = props;
  const { t } = useTranslation();
  const error = (field: keyof CommandFormErrors) => {
    const code = errors[field];
    return code ? t(`liaison.commands.errors.${field}.${code}`) : undefined;
  };
  const message = (label: string, hint: string) => (
    <Textarea
      label={label}
      description={hint}
      required
      value={form.message}
      maxLength={MESSAGE_MAX}
      autosize
      minRows={4}
      onChange={(event) => onChange({ message: event.currentTarget.value })}
      error={error('message')}
      data-testid="command-message"
    />
  );

  switch (command) {
    case 'requestInformation':
      return (
        <Stack gap="sm">
          <ItemChoice form={form} checklist={checklist} error={error('items')} onChange={onChange} />
          {message(
            t('liaison.commands.requestInformation.message'),
            t('liaison.commands.requestInformation.messageHint'),
          )}
        </Stack>
      );
    case 'decline':
      return (
        <Stack gap="sm">
          <Radio.Group
            label={t('liaison.commands.decline.reason')}
            required
            value={form.reasonCode}
            onChange={(value) => {
              if (oneOf(declineReasons, value)) onChange({ reasonCode: value });
            }}
            error={error('reasonCode')}
          >
            <Stack gap={6} mt={6}>
              {declineReasons.map((reason) => (
                <Radio
                  key={reason}
                  value={reason}
                  label={t(`liaison.commands.decline.reasons.${reason}`)}
                  data-testid={`decline-${reason}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          {message(t('liaison.commands.decline.message'), t('liaison.commands.decline.messageHint'))}
        </Stack>
      );
    case 'provideInformation':
      return (
        <NativeSelect
          label={t('liaison.commands.provideInformation.channel')}
          value={form.informationChannel}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (oneOf(informationChannels, value)) onChange({ informationChannel: value });
          }}
          data={informationChannels.map((value) => ({
            value,
            label: t(`liaison.commands.channels.${value}`),
          }))}
        />
      );
    case 'withdraw':
      return (
        <NativeSelect
          label={t('liaison.commands.withdraw.channel')}
          value={form.withdrawalChannel}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (oneOf(withdrawalChannels, value)) onChange({ withdrawalChannel: value });
          }}
          data={withdrawalChannels.map((value) => ({
            value,
            label: t(`liaison.commands.channels.${value}`),
          }))}
        />
      );
    case 'accept':
      return (
        <SpecialistChoice
          caseId={props.caseId}
          myId={props.myId}
          value={form.specialistUserId}
          error={props.serverErrors.get('specialistUserId')}
          onChange={(specialistUserId) => onChange({ specialistUserId })}
        />
      );
    case 'startScreening':
    case 'sendToDepartmentReview':
      return null;
  }
}

/** What to ask the applicant for: the case's own items first (with their state), then any other. */
function ItemChoice({
  form,
  checklist,
  error,
  onChange,
}: {
  form: CommandForm;
  checklist: ChecklistItem[];
  error: string | undefined;
  onChange: (patch: Partial<CommandForm>) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const stateOf = new Map(checklist.map((item) => [item.code, item.state] as const));
  const ordered = [
    ...requestableDocuments.filter((code) => stateOf.has(code)),
    ...requestableDocuments.filter((code) => !stateOf.has(code)),
  ];
  return (
    <Checkbox.Group
      label={t('liaison.commands.requestInformation.items')}
      description={t('liaison.commands.requestInformation.itemsHint')}
      value={form.items}
      onChange={(values) => onChange({ items: requestableDocuments.filter((code) => values.includes(code)) })}
      error={error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
        {ordered.map((code) => {
          const state = stateOf.get(code);
          return (
            <Checkbox
              key={code}
              value={code}
              data-testid={`request-item-${code}`}
              label={
                <Text span inherit>
                  {documentTitle(locale, code)}
                  {state && (
                    <Text span inherit c="gray.7">
                      {`（${t(`caseDocuments.checklist.state.${state}`)}）`}
                    </Text>
                  )}
                </Text>
              }
            />
          );
        })}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
