import { Button, NativeSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { relationshipSchema, relationships } from '../../../../shared/domain/kinship.js';
import { relationshipNames } from '../../../../shared/i18n/relationship-names.js';
import { useLocale } from '../../../hooks/use-locale.js';
import type { DraftMember } from '../draft.js';
import { YesNoCards } from './ChoiceCards.js';
import type { QuestionProps } from './QuestionBody.js';

/** The contract's upper bound on attending family members. */
const maxMembers = 20;

/**
 * Each attending family member's relationship to the patient (R-ELIG-01). A native select: phones show
 * their own large picker, and the list of nineteen relationships never overflows a small screen.
 */
export function FamilyRelationshipQuestion({ draft, update, error }: QuestionProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const setMember = (index: number, member: DraftMember) =>
    update({ family: draft.family.map((current, i) => (i === index ? member : current)) });

  return (
    <Stack gap="md">
      {draft.family.map((member, index) => (
        <Stack key={index} gap={4}>
          <NativeSelect
            size="lg"
            label={t('precheck.questions.familyRelationship.member', { n: index + 1 })}
            data={[
              { value: '', label: t('precheck.questions.familyRelationship.choose'), disabled: true },
              ...relationships.map((value) => ({ value, label: relationshipNames[locale][value] })),
            ]}
            value={member.relationship ?? ''}
            onChange={(event) => {
              const parsed = relationshipSchema.safeParse(event.currentTarget.value);
              setMember(index, { ...member, relationship: parsed.success ? parsed.data : undefined });
            }}
            error={error && member.relationship === undefined ? error : undefined}
            errorProps={{ role: 'alert' }}
            data-testid={`relationship-${index + 1}`}
          />
          {draft.family.length > 1 && (
            <Button
              variant="subtle"
              size="md"
              mih={44}
              style={{ alignSelf: 'flex-start' }}
              onClick={() => update({ family: draft.family.filter((_, i) => i !== index) })}
            >
              {t('precheck.questions.familyRelationship.remove', { n: index + 1 })}
            </Button>
          )}
        </Stack>
      ))}
      {draft.family.length < maxMembers && (
        <Button
          variant="outline"
          size="md"
          mih={44}
          onClick={() => update({ family: [...draft.family, {}] })}
          style={{ alignSelf: 'flex-start' }}
        >
          + {t('precheck.questions.familyRelationship.add')}
        </Button>
      )}
    </Stack>
  );
}

/** For each member: living with the patient or not (resident record vs family register, R-DOC-02). */
export function FamilyLivesWithQuestion({ draft, update, error, headingId }: QuestionProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const single = draft.family.length === 1;
  return (
    <Stack gap="lg">
      {draft.family.map((member, index) => (
        <YesNoCards
          key={index}
          // One member: the question itself names the answers; several: each is named.
          labelledBy={single ? headingId : undefined}
          label={
            single
              ? undefined
              : t('precheck.questions.familyLivesWith.member', {
                  n: index + 1,
                  relationship: member.relationship ? relationshipNames[locale][member.relationship] : '',
                })
          }
          value={member.livesWithPatient}
          onChange={(livesWithPatient) =>
            update({
              family: draft.family.map((current, i) =>
                i === index ? { ...current, livesWithPatient } : current,
              ),
            })
          }
          yes={t('precheck.questions.familyLivesWith.together')}
          no={t('precheck.questions.familyLivesWith.apart')}
          error={error && member.livesWithPatient === undefined ? error : undefined}
        />
      ))}
    </Stack>
  );
}
