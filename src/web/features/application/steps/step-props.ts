import type { HospitalProfile } from '../../../../shared/contracts/profile.js';
import { withSection, type FormDraft, type Section, type SectionKey } from '../form-draft.js';
import type { StepContext } from '../steps.js';

/** What every screen's fields get from the editor. */
export type StepProps = {
  caseId: string;
  draft: FormDraft;
  update: (change: (draft: FormDraft) => FormDraft) => void;
  /** The message to show beside a field (by its key, e.g. "patient.phone"), or undefined. */
  errorOf: (key: string) => string | undefined;
  context: StepContext;
  profile: HospitalProfile;
  /** The screen heading's id: a screen with one group of answers is named by it. */
  headingId: string;
};

/** A change to one section, merged into the draft as it is when the change lands. */
export function sectionSetter(update: StepProps['update']) {
  return <K extends SectionKey>(key: K, patch: Partial<Section<K>>) =>
    update((draft) => withSection(draft, key, patch));
}
