import { describe, expect, it } from 'vitest';
import { liaisonCommandRequestSchema } from '../../../shared/contracts/liaison.js';
import { commandRequestOf, emptyCommandForm, mailsPatient } from './command-form.js';

describe('command requests from the confirm dialog', () => {
  it('asks for material with the items and the trimmed message', () => {
    const checked = commandRequestOf('requestInformation', {
      ...emptyCommandForm,
      items: ['REFERRAL_LETTER'],
      message: '  紹介状をお送りください。 ',
    });
    expect(checked).toEqual({
      ok: true,
      request: {
        command: 'requestInformation',
        items: ['REFERRAL_LETTER'],
        message: '紹介状をお送りください。',
      },
    });
    if (checked.ok) expect(liaisonCommandRequestSchema.parse(checked.request)).toEqual(checked.request);
  });

  it('refuses a request without a message, or with too many items', () => {
    expect(commandRequestOf('requestInformation', { ...emptyCommandForm, message: '   ' })).toEqual({
      ok: false,
      errors: { message: 'required' },
    });
    const many = commandRequestOf('requestInformation', {
      ...emptyCommandForm,
      message: 'x',
      items: Array.from({ length: 11 }, () => 'CLINICAL_DATA' as const),
    });
    expect(many).toEqual({ ok: false, errors: { items: 'tooMany' } });
    expect(
      commandRequestOf('requestInformation', { ...emptyCommandForm, message: 'x'.repeat(2001) }),
    ).toEqual({
      ok: false,
      errors: { message: 'tooLong' },
    });
  });

  it('declines only with a reason and a message', () => {
    expect(commandRequestOf('decline', emptyCommandForm)).toEqual({
      ok: false,
      errors: { message: 'required', reasonCode: 'required' },
    });
    expect(
      commandRequestOf('decline', {
        ...emptyCommandForm,
        reasonCode: 'no_specialist',
        message: '申し訳ありません',
      }),
    ).toEqual({
      ok: true,
      request: { command: 'decline', reasonCode: 'no_specialist', message: '申し訳ありません' },
    });
  });

  it('sends the channel for material received and for a withdrawal, nothing for the rest', () => {
    expect(
      commandRequestOf('provideInformation', { ...emptyCommandForm, informationChannel: 'post' }),
    ).toEqual({
      ok: true,
      request: { command: 'provideInformation', channel: 'post' },
    });
    expect(commandRequestOf('withdraw', emptyCommandForm)).toEqual({
      ok: true,
      request: { command: 'withdraw', channel: 'phone' },
    });
    expect(commandRequestOf('accept', emptyCommandForm)).toEqual({
      ok: true,
      request: { command: 'accept' },
    });
    expect(commandRequestOf('startScreening', emptyCommandForm)).toEqual({
      ok: true,
      request: { command: 'startScreening' },
    });
  });

  it('names the chosen specialist on acceptance, and leaves it to the server without a choice', () => {
    const specialistUserId = '6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
    const checked = commandRequestOf('accept', { ...emptyCommandForm, specialistUserId });
    expect(checked).toEqual({ ok: true, request: { command: 'accept', specialistUserId } });
    if (checked.ok) expect(liaisonCommandRequestSchema.parse(checked.request)).toEqual(checked.request);
  });

  it('says before the click which commands e-mail the applicant', () => {
    const mailed = Object.entries(mailsPatient)
      .filter(([, mails]) => mails)
      .map(([command]) => command);
    expect(mailed).toEqual(['requestInformation', 'accept', 'decline', 'withdraw']);
  });
});
