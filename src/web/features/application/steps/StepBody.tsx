import type { MissingDocument } from '../api.js';
import type { StepId } from '../steps.js';
import type { DraftEditor } from '../use-draft-editor.js';
import { AttendanceStep } from './AttendanceStep.js';
import { CircumstancesStep } from './CircumstancesStep.js';
import { ConsentStep } from './ConsentStep.js';
import { ConsultationStep } from './ConsultationStep.js';
import { ContactStep } from './ContactStep.js';
import { DeclarationsStep } from './DeclarationsStep.js';
import { DetailsStep } from './DetailsStep.js';
import { DocumentsStep } from './DocumentsStep.js';
import { FamilyStep } from './FamilyStep.js';
import { PatientStep } from './PatientStep.js';
import { PhysicianStep } from './PhysicianStep.js';
import { PreferencesStep } from './PreferencesStep.js';
import { PurposesStep } from './PurposesStep.js';
import { ReviewStep } from './ReviewStep.js';
import type { StepProps } from './step-props.js';

/** The fields of one screen. */
export function StepBody({
  step,
  steps,
  editor,
  missing,
  ...props
}: StepProps & {
  step: StepId;
  steps: readonly StepId[];
  editor: DraftEditor;
  missing: readonly MissingDocument[];
}) {
  switch (step) {
    case 'attendance':
      return <AttendanceStep {...props} />;
    case 'family':
      return <FamilyStep {...props} />;
    case 'patient':
      return <PatientStep {...props} />;
    case 'contact':
      return <ContactStep {...props} />;
    case 'circumstances':
      return <CircumstancesStep {...props} />;
    case 'consent':
      return <ConsentStep {...props} />;
    case 'physician':
      return <PhysicianStep {...props} />;
    case 'consultation':
      return <ConsultationStep {...props} />;
    case 'details':
      return <DetailsStep {...props} />;
    case 'purposes':
      return <PurposesStep {...props} />;
    case 'preferences':
      return <PreferencesStep {...props} />;
    case 'documents':
      return <DocumentsStep {...props} missing={missing} />;
    case 'declarations':
      return <DeclarationsStep {...props} />;
    case 'review':
      return <ReviewStep {...props} steps={steps} editor={editor} />;
  }
}
