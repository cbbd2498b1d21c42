import {
  applicationDraftSchema,
  type Address,
  type ApplicationDraft,
  type PersonName,
} from '../../../shared/contracts/application.js';
import type { FormDraft } from './form-draft.js';
import { toKatakana } from './kana.js';
import { formatPhone } from './phone.js';
import { normalisePostalCode } from './postal-code.js';
import { consentNeeded, familyOnly, type StepContext } from './steps.js';

/**
 * What is sent when the draft is saved. The server checks every value of a draft against the contract
 * and refuses the whole save for one bad value, while a person typing has half a phone number most of
 * the time. So the values are tidied the way the form would tidy them on leaving the field, the answers
 * a screen did not ask are filled in, and what is still not a valid value stays on this device only
 * (the screen keeps showing it, and "next" says what to fix).
 */

function tidyName<T extends Partial<PersonName>>(name: T | undefined): T | undefined {
  if (!name) return name;
  return {
    ...name,
    ...(name.familyNameKana === undefined ? {} : { familyNameKana: toKatakana(name.familyNameKana) }),
    ...(name.givenNameKana === undefined ? {} : { givenNameKana: toKatakana(name.givenNameKana) }),
  };
}

function tidyAddress(address: Partial<Address> | undefined): Partial<Address> | undefined {
  if (!address?.postalCode) return address;
  return { ...address, postalCode: normalisePostalCode(address.postalCode) };
}

const tidyPhone = (phone: string | undefined) => (phone === undefined ? undefined : formatPhone(phone));
const tidyEmail = (email: string | undefined) =>
  email === undefined ? undefined : email.normalize('NFKC').trim();

/**
 * Answers a screen that does not apply would have given: the patient who attends is alive, nobody else
 * attends with "the patient alone", and no consent form is needed unless the family attends alone as
 * an adult patient's proxies (the eligibility rules read these fields).
 */
function withImpliedAnswers(draft: FormDraft, context: StepContext): FormDraft {
  const attendance = draft.attendance;
  if (!attendance?.attendance) return draft;
  return {
    ...draft,
    patient: familyOnly(draft) ? draft.patient : { ...draft.patient, deceased: false },
    attendance: {
      ...attendance,
      family: attendance.attendance === 'patient' ? [] : attendance.family,
      patientConsent: consentNeeded(draft, context) ? attendance.patientConsent : 'none',
    },
  };
}

/** The form's values as the form itself writes them when a field is left. */
export function tidyDraft(draft: FormDraft): FormDraft {
  const { patient, attendance, physician, declarations } = draft;
  return {
    ...draft,
    ...(patient && {
      patient: {
        ...patient,
        name: tidyName(patient.name),
        address: tidyAddress(patient.address),
        phone: tidyPhone(patient.phone),
        email: tidyEmail(patient.email),
      },
    }),
    ...(attendance && {
      attendance: {
        ...attendance,
        family: attendance.family?.map((member) => ({ ...member, name: tidyName(member.name) ?? {} })),
      },
    }),
    ...(physician && {
      physician: {
        ...physician,
        address: tidyAddress(physician.address),
        phone: tidyPhone(physician.phone),
        email: physician.email?.trim() === '' ? undefined : tidyEmail(physician.email),
      },
    }),
    declarations: declarations ?? {},
  };
}

type Json = Record<string, unknown> | unknown[];
const isContainer = (value: unknown): value is Json => typeof value === 'object' && value !== null;

function containerAt(root: unknown, path: readonly PropertyKey[]): Json | undefined {
  let current: unknown = root;
  for (const part of path) {
    if (!isContainer(current)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return isContainer(current) ? current : undefined;
}

/** Takes one value out: an array element is spliced out, an object key deleted. */
function removeAt(root: unknown, path: readonly PropertyKey[]): void {
  const parent = containerAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!parent || last === undefined) return;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Record<PropertyKey, unknown>)[last];
}

function hasValueAt(root: unknown, path: readonly PropertyKey[]): boolean {
  const parent = containerAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  return (
    parent !== undefined && last !== undefined && (parent as Record<PropertyKey, unknown>)[last] !== undefined
  );
}

/**
 * The largest part of the draft the contract accepts: each refused value is taken out (a missing value
 * inside a family member takes the member out, since the contract keeps only whole members), then the
 * rest is checked again.
 */
export function acceptedPart(draft: FormDraft): ApplicationDraft {
  const value: unknown = structuredClone(draft);
  // Each round removes at least one value, so this ends; the bound only guards against a contract bug.
  for (let round = 0; round < 500; round += 1) {
    const result = applicationDraftSchema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    if (!issue || issue.path.length === 0) return {};
    const before = JSON.stringify(value);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) removeAt(value, [...issue.path, key]);
    } else if (hasValueAt(value, issue.path)) {
      removeAt(value, issue.path);
    } else {
      removeAt(value, issue.path.slice(0, -1));
    }
    // Nothing could be taken out (a whole section refused): nothing of the draft is trusted.
    if (JSON.stringify(value) === before) return {};
  }
  return {};
}

/** The body of a draft save: tidied, completed with the implied answers, and only what the contract accepts. */
export function savableDraft(draft: FormDraft, context: StepContext): ApplicationDraft {
  return acceptedPart(withImpliedAnswers(tidyDraft(draft), context));
}
