import type { z } from 'zod';
import {
  requestableDocumentSchema,
  type DeclineReason,
  type informationChannels,
  type LiaisonCommand,
  type LiaisonCommandRequest,
  type withdrawalChannels,
} from '../../../shared/contracts/liaison.js';

/**
 * What the confirm dialog of each console command asks for, and how its answers become the command's
 * body. Pure, so the limits of the contract (message 1–2000 characters, at most 10 items) are checked
 * here before sending and tested without a browser.
 */

export type RequestableDocument = z.infer<typeof requestableDocumentSchema>;
export const requestableDocuments: readonly RequestableDocument[] = requestableDocumentSchema.options;

export type InformationChannel = (typeof informationChannels)[number];
export type WithdrawalChannel = (typeof withdrawalChannels)[number];

export type CommandForm = {
  items: RequestableDocument[];
  message: string;
  reasonCode: DeclineReason | '';
  informationChannel: InformationChannel;
  withdrawalChannel: WithdrawalChannel;
  /** The doctor named specialist on acceptance; '' leaves it to the server (the caller). */
  specialistUserId: string;
};

export const emptyCommandForm: CommandForm = {
  items: [],
  message: '',
  reasonCode: '',
  informationChannel: 'other',
  withdrawalChannel: 'phone',
  specialistUserId: '',
};

/**
 * Commands after which the server mails the applicant (liaison-command.service PATIENT_MAIL). The dialog
 * says so before the click; the answer's patientNotified says whether the mail went.
 */
export const mailsPatient: Record<LiaisonCommand, boolean> = {
  startScreening: false,
  requestInformation: true,
  provideInformation: false,
  sendToDepartmentReview: false,
  accept: true,
  decline: true,
  withdraw: true,
};

/** Commands that end or turn down the case: their confirm button is drawn as a warning. */
export const isGrave = (command: LiaisonCommand) => command === 'decline' || command === 'withdraw';

export const MESSAGE_MAX = 2000;
export const ITEMS_MAX = 10;

export type CommandFormErrors = {
  items?: 'tooMany';
  message?: 'required' | 'tooLong';
  reasonCode?: 'required';
};

export type CommandCheck =
  { ok: true; request: LiaisonCommandRequest } | { ok: false; errors: CommandFormErrors };

function messageError(message: string): CommandFormErrors['message'] {
  const trimmed = message.trim();
  if (trimmed === '') return 'required';
  if (trimmed.length > MESSAGE_MAX) return 'tooLong';
  return undefined;
}

/** The command's request from the dialog's answers, or what is missing. */
export function commandRequestOf(command: LiaisonCommand, form: CommandForm): CommandCheck {
  switch (command) {
    case 'requestInformation': {
      const errors: CommandFormErrors = {};
      const message = messageError(form.message);
      if (message) errors.message = message;
      if (form.items.length > ITEMS_MAX) errors.items = 'tooMany';
      if (Object.keys(errors).length > 0) return { ok: false, errors };
      return { ok: true, request: { command, items: form.items, message: form.message.trim() } };
    }
    case 'decline': {
      const errors: CommandFormErrors = {};
      const message = messageError(form.message);
      if (message) errors.message = message;
      if (form.reasonCode === '') errors.reasonCode = 'required';
      if (form.reasonCode === '' || Object.keys(errors).length > 0) return { ok: false, errors };
      return { ok: true, request: { command, reasonCode: form.reasonCode, message: form.message.trim() } };
    }
    case 'provideInformation':
      return { ok: true, request: { command, channel: form.informationChannel } };
    case 'withdraw':
      return { ok: true, request: { command, channel: form.withdrawalChannel } };
    case 'accept':
      // The server checks the choice (an active doctor of the department) and names the caller without one.
      return form.specialistUserId === ''
        ? { ok: true, request: { command } }
        : { ok: true, request: { command, specialistUserId: form.specialistUserId } };
    case 'startScreening':
    case 'sendToDepartmentReview':
      return { ok: true, request: { command } };
  }
}
