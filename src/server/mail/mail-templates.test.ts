import { describe, expect, it } from 'vitest';
import { locales } from '../../shared/i18n/locale.js';
import { brandFor, renderMail } from './mail-templates.js';
import { sampleData, sampleMessages, testProfile } from './testing/mail-fixtures.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const render = (locale: (typeof locales)[number]) =>
  sampleMessages('reader@example.jp', locale).map((message) => ({
    message,
    mail: renderMail(message.template, locale, message.data, brandFor(testProfile, locale)),
  }));

describe('mail templates', () => {
  it('cover every template in the fixtures, in both languages', () => {
    for (const locale of locales) {
      expect(new Set(render(locale).map(({ message }) => message.template))).toEqual(
        new Set(Object.keys(sampleData)),
      );
    }
  });

  it.each(locales)('leave no placeholder, undefined or null in any %s mail', (locale) => {
    for (const { mail } of render(locale)) {
      for (const part of [mail.subject, mail.text]) {
        expect(part).not.toMatch(/\{\{|\}\}|\$\{|undefined|null|NaN|\[object/);
        expect(part.trim()).not.toBe('');
      }
    }
  });

  it.each(locales)('put the link of a %s mail on a line of its own', (locale) => {
    for (const { message, mail } of render(locale)) {
      if ('link' in message.data) expect(mail.text.split('\n')).toContain(message.data.link);
      else expect(mail.text).not.toMatch(/https?:\/\//);
    }
  });

  it('writes Japanese mails in Japanese and English mails without Japanese, except caller-given labels', () => {
    for (const { mail } of render('ja')) {
      expect(mail.subject).toMatch(JAPANESE);
      expect(mail.text).toMatch(JAPANESE);
    }
    for (const { message, mail } of render('en')) {
      expect(mail.subject).not.toMatch(JAPANESE);
      // The fixtures' role, inviter and event labels are Japanese; callers pass them in the mail's language.
      const own = mail.text
        .replace(sampleData.invite_staff.roleLabel, '')
        .replaceAll(sampleData.invite_staff.inviterName, '')
        .replace(sampleData.case_event.eventLabel, '');
      expect(own, message.template).not.toMatch(JAPANESE);
    }
  });

  it.each(locales)(
    'ends every %s mail with the service name and a no-reply line from the profile',
    (locale) => {
      for (const { mail } of render(locale)) {
        const lines = mail.text.trimEnd().split('\n');
        expect(lines.at(-1)).toMatch(locale === 'ja' ? /送信専用/ : /cannot receive replies/);
        expect(lines.slice(-5)).toContain(testProfile.serviceName[locale]);
        expect(lines.slice(-5)).toContain(testProfile.name[locale]);
        expect(mail.subject).toContain(testProfile.serviceName[locale]);
        expect(mail.text).toContain(testProfile.phoneDesk.number);
      }
    },
  );

  it('says in the password-reset mail that an unasked request can be ignored and nothing changed', () => {
    const [ja, en] = (['ja', 'en'] as const).map((locale) =>
      renderMail('reset_password', locale, sampleData.reset_password, brandFor(testProfile, locale)),
    );
    expect(ja?.text).toContain('30分');
    expect(ja?.text).toContain('パスワードは変更されていません');
    expect(en?.text).toContain('30 minutes');
    expect(en?.text).toContain(
      'If you did not ask for this, please ignore this e-mail. Your password is unchanged.',
    );
  });

  it('tells the reader of a password-changed mail whom to call when it was not them', () => {
    const brand = brandFor(testProfile, 'ja');
    const mail = renderMail('password_changed', 'ja', {}, brand);
    expect(mail.text).toContain('お心当たりのない場合');
    expect(mail.text).toContain(brand.contact);
  });

  it('keeps message and case notifications free of content: only that something waits behind sign-in', () => {
    for (const locale of locales) {
      const brand = brandFor(testProfile, locale);
      const message = renderMail('new_message', locale, sampleData.new_message, brand);
      const event = renderMail('case_event', locale, sampleData.case_event, brand);
      expect(message.text).toMatch(
        locale === 'ja' ? /メールではお送りしていません/ : /never send the contents/,
      );
      expect(event.text).toContain(sampleData.case_event.eventLabel);
    }
  });

  it('words durations for English readers in singular and plural', () => {
    const brand = brandFor(testProfile, 'en');
    expect(
      renderMail('verify_email', 'en', { link: 'https://x.example/v', expiresInHours: 1 }, brand).text,
    ).toContain('valid for 1 hour.');
    expect(
      renderMail('verify_email', 'en', { link: 'https://x.example/v', expiresInHours: 48 }, brand).text,
    ).toContain('valid for 48 hours.');
  });
});
