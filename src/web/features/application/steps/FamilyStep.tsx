import { Button, Card, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { relationshipSchema, relationships } from '../../../../shared/domain/kinship.js';
import { relationshipNames } from '../../../../shared/i18n/relationship-names.js';
import { useLocale } from '../../../hooks/use-locale.js';
import { YesNoCards } from '../../precheck/components/ChoiceCards.js';
import { NameFields } from '../components/NameFields.js';
import type { FamilyDraft } from '../form-draft.js';
import type { StepProps } from './step-props.js';
import { wrapLabel } from '../../precheck/components/wrap-label.js';

/** The contract's upper bound on attending family members. */
const maxMembers = 5;

/**
 * Each family member who will attend: name and reading, relationship to the patient (R-ELIG-01) and
 * whether they live with the patient (resident record or family register as proof, R-DOC-02).
 */
export function FamilyStep({ draft, update, errorOf }: StepProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const family = draft.attendance?.family ?? [];
  const setFamily = (next: FamilyDraft[]) =>
    update((current) => ({ ...current, attendance: { ...current.attendance, family: next } }));
  const setMember = (index: number, patch: Partial<FamilyDraft>) =>
    setFamily(family.map((member, i) => (i === index ? { ...member, ...patch } : member)));
  const listError = errorOf('attendance.family');

  return (
    <Stack gap="lg">
      {listError && (
        <Text c="red.9" role="alert">
          {listError}
        </Text>
      )}
      {family.map((member, index) => {
        const prefix = `attendance.family.${index}`;
        const titleId = `family-member-${index + 1}`;
        return (
          <Card key={index} withBorder radius="md" padding="md" component="section" aria-labelledby={titleId}>
            <Stack gap="md">
              <Title order={3} size="h4" id={titleId}>
                {t('application.family.member', { n: index + 1 })}
              </Title>
              <NameFields
                legend={t('application.family.name')}
                prefix={`${prefix}.name`}
                name={member.name}
                onChange={(name) => setMember(index, { name })}
                errorOf={errorOf}
                testId={`family-${index + 1}`}
              />
              <NativeSelect
                size="lg"
                label={t('application.family.relationship')}
                description={t('application.family.relationshipHint')}
                required
                data={[
                  { value: '', label: t('application.fields.choose'), disabled: true },
                  ...relationships.map((value) => ({ value, label: relationshipNames[locale][value] })),
                ]}
                value={member.relationship ?? ''}
                onChange={(event) =>
                  setMember(index, {
                    relationship: relationshipSchema.safeParse(event.currentTarget.value).data,
                  })
                }
                error={errorOf(`${prefix}.relationship`)}
                data-testid={`family-${index + 1}-relationship`}
              />
              <YesNoCards
                label={t('application.family.livesWith')}
                value={member.livesWithPatient}
                onChange={(livesWithPatient) => setMember(index, { livesWithPatient })}
                yes={t('precheck.questions.familyLivesWith.together')}
                no={t('precheck.questions.familyLivesWith.apart')}
                error={errorOf(`${prefix}.livesWithPatient`)}
              />
              {family.length > 1 && (
                <Button
                  styles={wrapLabel}
                  variant="subtle"
                  size="md"
                  mih={44}
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => setFamily(family.filter((_, i) => i !== index))}
                >
                  {t('application.family.remove', { n: index + 1 })}
                </Button>
              )}
            </Stack>
          </Card>
        );
      })}
      {family.length < maxMembers && (
        <Button
          styles={wrapLabel}
          variant="outline"
          size="md"
          mih={44}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => setFamily([...family, { name: {} }])}
          data-testid="add-family-member"
        >
          + {t('application.family.add')}
        </Button>
      )}
    </Stack>
  );
}
