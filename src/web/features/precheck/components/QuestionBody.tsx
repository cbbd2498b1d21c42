import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  attendances,
  patientConsents,
  purposes,
  attendanceSchema,
  patientConsentSchema,
} from '../../../../shared/contracts/eligibility.js';
import type { LocalizedText } from '../../../../shared/contracts/profile.js';
import { useLocale } from '../../../hooks/use-locale.js';
import type { PrecheckDraft, StepId } from '../draft.js';
import { departmentOf, type StepContext } from '../steps.js';
import { BirthDateQuestion } from './BirthDateQuestion.js';
import { CheckCards } from './CheckCards.js';
import { ChoiceCards, YesNoCards } from './ChoiceCards.js';
import { ConditionQuestion } from './ConditionQuestion.js';
import { FamilyLivesWithQuestion, FamilyRelationshipQuestion } from './FamilyQuestions.js';

export type QuestionProps = {
  draft: PrecheckDraft;
  update: (patch: Partial<PrecheckDraft>) => void;
  context: StepContext;
  /** The heading's id: a question with one group of answers is named by it. */
  headingId: string;
  /** Why "next" was refused, shown beside the answers; undefined until then. */
  error: string | undefined;
};

/** The question and its hint, in the current language. */
export function questionText(
  step: StepId,
  draft: PrecheckDraft,
  context: StepContext,
  t: TFunction,
  pick: (text: LocalizedText) => string,
): { title: string; hint: string } {
  const department = departmentOf(draft, context);
  return {
    title: t(`precheck.questions.${step}.title`),
    hint: t(`precheck.questions.${step}.hint`, { department: department ? pick(department.name) : '' }),
  };
}

/** The yes/no questions: which answer they set. */
const yesNoField = {
  livesInJapan: 'livesInJapan',
  nationality: 'japaneseNational',
  insurance: 'hasJapaneseHealthInsurance',
  physician: 'primaryPhysicianAgrees',
  materials: 'canProvideMaterials',
  fromJapan: 'consultFromJapan',
} as const satisfies Partial<Record<StepId, keyof PrecheckDraft>>;

function isYesNoStep(step: StepId): step is keyof typeof yesNoField {
  return step in yesNoField;
}

/** The answers of one question. */
export function QuestionBody({ step, ...props }: QuestionProps & { step: StepId }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { draft, update, headingId, error } = props;
  const q = (key: string) => t(`precheck.questions.${step}.${key}`);

  if (isYesNoStep(step)) {
    const field = yesNoField[step];
    return (
      <YesNoCards
        value={draft[field]}
        onChange={(value) => update({ [field]: value })}
        yes={q('yes')}
        no={q('no')}
        labelledBy={headingId}
        error={error}
      />
    );
  }

  switch (step) {
    case 'attendance':
      return (
        <ChoiceCards
          choices={attendances.map((value) => ({
            value,
            label: q(`options.${value}.label`),
            hint: q(`options.${value}.hint`),
          }))}
          value={draft.attendance}
          onChange={(value) => update({ attendance: attendanceSchema.safeParse(value).data })}
          labelledBy={headingId}
          error={error}
        />
      );
    case 'familyRelationship':
      return <FamilyRelationshipQuestion {...props} />;
    case 'familyLivesWith':
      return <FamilyLivesWithQuestion {...props} />;
    case 'birthDate':
      return <BirthDateQuestion {...props} />;
    case 'deceased':
      return (
        <YesNoCards
          // The question asks "still living?": yes means not deceased.
          value={draft.deceased === undefined ? undefined : !draft.deceased}
          onChange={(alive) => update({ deceased: !alive })}
          yes={q('alive')}
          no={q('deceased')}
          labelledBy={headingId}
          error={error}
        />
      );
    case 'consent':
      return (
        <ChoiceCards
          choices={patientConsents.map((value) => ({
            value,
            label: q(`options.${value}.label`),
            hint: q(`options.${value}.hint`),
          }))}
          value={draft.patientConsent}
          onChange={(value) => update({ patientConsent: patientConsentSchema.safeParse(value).data })}
          labelledBy={headingId}
          error={error}
        />
      );
    case 'purposes':
      return (
        <CheckCards
          choices={purposes.map((value) => ({ value, label: q(`options.${value}`) }))}
          value={draft.purposes}
          // Kept in the contract's order, whatever order they were ticked in.
          onChange={(values) => update({ purposes: purposes.filter((p) => values.includes(p)) })}
          labelledBy={headingId}
          error={error}
        />
      );
    case 'department':
      return (
        <ChoiceCards
          choices={props.context.departments.map((department) => ({
            value: department.code,
            label: pick(department.name),
          }))}
          value={draft.department}
          onChange={(value) => update({ department: value })}
          labelledBy={headingId}
          error={error}
          testId="department-choices"
        />
      );
    case 'condition':
      return <ConditionQuestion {...props} />;
  }
}
