import { useTranslation } from 'react-i18next';
import { attendances, attendanceSchema } from '../../../../shared/contracts/eligibility.js';
import { ChoiceCards } from '../../precheck/components/ChoiceCards.js';
import type { StepProps } from './step-props.js';

/** Who will be in the call: the patient, the patient with family, or family only (R-ELIG-01). */
export function AttendanceStep({ draft, update, errorOf, headingId }: StepProps) {
  const { t } = useTranslation();
  return (
    <ChoiceCards
      choices={attendances.map((value) => ({
        value,
        label: t(`precheck.questions.attendance.options.${value}.label`),
        hint: t(`precheck.questions.attendance.options.${value}.hint`),
      }))}
      value={draft.attendance?.attendance}
      onChange={(value) => {
        const attendance = attendanceSchema.safeParse(value).data;
        update((current) => {
          const family = current.attendance?.family ?? [];
          // Family attending starts with one member to fill in; the list is kept when switching back.
          const withMember = attendance !== 'patient' && family.length === 0 ? [{ name: {} }] : family;
          return { ...current, attendance: { ...current.attendance, attendance, family: withMember } };
        });
      }}
      labelledBy={headingId}
      error={errorOf('attendance.attendance')}
      testId="attendance-choices"
    />
  );
}
