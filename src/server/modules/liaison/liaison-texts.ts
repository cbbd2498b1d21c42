import { declineReasonTexts, type DeclineReason } from '../../../shared/contracts/liaison.js';
import type { DocumentCode, LocalizedText } from '../../../shared/contracts/profile.js';
import { weekdayOf } from '../../../shared/domain/calendar.js';
import { documentTitle } from '../../../shared/i18n/rules-messages.js';
import { RuleRefusedError } from '../../errors.js';

/**
 * The liaison centre's words to the applicant and to staff, in both languages. Mail labels say only
 * that something happened: e-mail is not a secure channel, so no medical content goes into it.
 */

export const mailLabels = {
  requestInformation: { ja: '資料の追加をお願いします', en: 'We need more material from you' },
  accept: { ja: 'ご相談をお受けすることになりました', en: 'Your consultation has been accepted' },
  decline: {
    ja: 'お申し込みの審査結果をお知らせします',
    en: 'The result of the review of your application is ready',
  },
  withdraw: {
    ja: 'お申し込みの取り下げを承りました',
    en: 'Your application has been withdrawn as you asked',
  },
  documentRejected: {
    ja: 'お送りいただいた資料について、お願いがあります',
    en: 'We need you to look at a document you sent',
  },
} satisfies Record<string, LocalizedText>;

/** The request as the applicant's status page shows it: the staff's words, then what to send. */
export function informationRequestNote(message: string, items: readonly DocumentCode[]): LocalizedText {
  if (items.length === 0) return { ja: message, en: message };
  const list = (locale: 'ja' | 'en') => items.map((code) => documentTitle(locale, code));
  return {
    ja: `${message}\n\nお送りいただきたい資料：${list('ja').join('、')}`,
    en: `${message}\n\nPlease send: ${list('en').join('; ')}`,
  };
}

export function declineNote(reason: DeclineReason, message: string): LocalizedText {
  const text = declineReasonTexts[reason];
  return {
    ja: `お申し込みいただいたご相談は、お受けできないことになりました。${text.ja}\n\n${message}`,
    en: `We are sorry: we cannot accept your consultation. ${text.en}\n\n${message}`,
  };
}

export const liaisonRefusals = {
  illegalTransition: (command: string, status: string) =>
    new RuleRefusedError(
      'illegal_transition',
      {
        ja: 'この申し込みは、いまの状態ではこの操作ができません。画面を読み込み直して、最新の状態をご確認ください',
        en: 'This case cannot take this step in its current state. Reload to see its latest state',
      },
      { command, status },
    ),
  infectedDocument: () =>
    new RuleRefusedError('infected_document', {
      ja: 'ウイルスが見つかったファイルは受け付けられません。差し戻して、別のファイルを送っていただいてください',
      en: 'A file in which malware was found cannot be accepted. Reject it and ask for another file',
    }),
  reviewClosed: () =>
    new RuleRefusedError('review_closed', {
      ja: 'この段階では、資料の確認結果を変えられません',
      en: 'At this stage the review of documents can no longer change',
    }),
  caseClosed: () =>
    new RuleRefusedError('case_closed', {
      ja: 'この申し込みはすでに終了しています',
      en: 'This case has already ended',
    }),
  nothingProvided: () =>
    new RuleRefusedError('nothing_provided', {
      ja: '資料をお送りいただいてから、「資料を送りました」を押してください。郵送された場合は、地域医療連携センターにお電話ください',
      en: 'Please send the material first, then press "I have sent the material". If you posted it, please call the liaison centre',
    }),
  messagesClosed: () =>
    new RuleRefusedError('messages_not_open', {
      ja: 'お申し込みを送信すると、地域医療連携センターとメッセージをやりとりできます',
      en: 'Once the application is sent, you can exchange messages with the liaison centre',
    }),
};

const JA_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-12-02T10:00:00+09:00" (the desk's own zone) → 12月2日（水）10:00 / Wed 2 Dec 10:00. */
export function deskTimeText(zoned: string): LocalizedText {
  const date = zoned.slice(0, 10);
  const time = zoned.slice(11, 16);
  const [month, day] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const weekday = weekdayOf(date);
  return {
    ja: `${month}月${day}日（${JA_WEEKDAYS[weekday]}）${time}`,
    en: `${EN_WEEKDAYS[weekday]} ${day} ${EN_MONTHS[month - 1]} ${time}`,
  };
}

/** Why a call-back time is refused, naming the desk's next opening when there is one. */
export function callBackOutsideHours(
  hours: { opensAt: string; closesAt: string },
  nextOpening: string | null,
): LocalizedText {
  const next = nextOpening ? deskTimeText(nextOpening) : null;
  return {
    ja: `電話窓口の受付時間（${hours.opensAt}〜${hours.closesAt}、休業日を除く）の外です。${
      next ? `次に受付が始まるのは ${next.ja} です。` : ''
    }受付時間内の日時を選んでください`,
    en: `This is outside the phone desk's hours (${hours.opensAt}–${hours.closesAt} on opening days). ${
      next ? `The desk next opens ${next.en}. ` : ''
    }Please choose a time within the hours`,
  };
}

export const callBackInPast: LocalizedText = {
  ja: '折り返しの日時が過ぎています。これからの日時を選んでください',
  en: 'The call-back time has already passed. Please choose a time in the future',
};

export const specialistNotInDepartment: LocalizedText = {
  ja: 'この診療科の医師を選んでください',
  en: 'Choose a doctor of this department',
};
