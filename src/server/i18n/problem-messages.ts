import type { Locale } from '../../shared/i18n/locale.js';
import type { ProblemType } from '../errors.js';

type ProblemTexts = {
  titles: Record<ProblemType | 'rate-limited' | 'internal' | 'bad-request' | 'unavailable', string>;
  validationDetail: string;
  field: {
    required: string;
    invalidType: string;
    oneOf: (options: string) => string;
    tooSmall: (minimum: string) => string;
    tooBig: (maximum: string) => string;
    tooShort: (minimum: string) => string;
    tooLong: (maximum: string) => string;
    tooFew: (minimum: string) => string;
    tooMany: (maximum: string) => string;
    integer: string;
    format: string;
    unknownField: string;
    invalid: string;
  };
};

/** Problem titles and field messages, in plain words, in both languages. */
export const problemMessages: Record<Locale, ProblemTexts> = {
  ja: {
    titles: {
      validation: '入力内容に誤りがあります',
      'not-found': '見つかりません',
      conflict: 'ほかの操作と重なりました。もう一度お試しください',
      'rate-limited': 'アクセスが集中しています。しばらくしてからお試しください',
      internal: 'システムで問題が起きました。時間をおいてもう一度お試しください',
      'bad-request': 'リクエストの形式が正しくありません',
      unavailable: 'ただいま利用できません。しばらくしてからお試しください',
      unauthorized: 'ログインしてください',
      forbidden: 'この操作を行う権限がありません',
      'second-factor-required': '2段階認証を完了してください',
      'cross-site-request': '別のサイトからの操作は受け付けられません。このサイトの画面から操作してください',
      'too-many-attempts': '試行回数が多すぎます。しばらく待ってからもう一度お試しください',
      'invalid-credentials': 'メールアドレスまたはパスワードが違います',
      'invalid-code': '確認コードが違うか、有効期限が切れています',
      'invalid-link': 'このリンクは無効か、有効期限が切れているか、すでに使われています',
      'email-not-verified': 'メールアドレスの確認がまだです。お送りしたメールのリンクを開いてください',
      'rule-refused': 'この操作はいまはできません',
    },
    validationDetail: '各項目の説明に従って入力を直してください。',
    field: {
      required: '入力してください',
      invalidType: '形式が正しくありません',
      oneOf: (options) => `次のいずれかを指定してください: ${options}`,
      tooSmall: (minimum) => `${minimum} 以上の値を指定してください`,
      tooBig: (maximum) => `${maximum} 以下の値を指定してください`,
      tooShort: (minimum) => `${minimum} 文字以上で入力してください`,
      tooLong: (maximum) => `${maximum} 文字以内で入力してください`,
      tooFew: (minimum) => `${minimum} 件以上指定してください`,
      tooMany: (maximum) => `${maximum} 件までにしてください`,
      integer: '整数を指定してください',
      format: '形式が正しくありません',
      unknownField: 'この項目は使えません',
      invalid: '値が正しくありません',
    },
  },
  en: {
    titles: {
      validation: 'Some of the information is not valid',
      'not-found': 'Not found',
      conflict: 'This clashed with another change. Please try again',
      'rate-limited': 'Too many requests. Please wait a little and try again',
      internal: 'Something went wrong on our side. Please try again later',
      'bad-request': 'The request is malformed',
      unavailable: 'Not available right now. Please try again shortly',
      unauthorized: 'Please sign in',
      forbidden: 'You are not allowed to do this',
      'second-factor-required': 'Please complete two-step verification',
      'cross-site-request': 'Requests from other sites are refused. Please use this site’s own pages',
      'too-many-attempts': 'Too many attempts. Please wait a little and try again',
      'invalid-credentials': 'The e-mail address or password is not correct',
      'invalid-code': 'The code is wrong or has expired',
      'invalid-link': 'This link is not valid, has expired or has already been used',
      'email-not-verified':
        'Your e-mail address is not confirmed yet. Please open the link in the mail we sent',
      'rule-refused': 'This cannot be done now',
    },
    validationDetail: 'Please correct each field as described.',
    field: {
      required: 'This is required',
      invalidType: 'This has the wrong format',
      oneOf: (options) => `Choose one of: ${options}`,
      tooSmall: (minimum) => `Must be at least ${minimum}`,
      tooBig: (maximum) => `Must be at most ${maximum}`,
      tooShort: (minimum) => `Must be at least ${minimum} characters`,
      tooLong: (maximum) => `Must be at most ${maximum} characters`,
      tooFew: (minimum) => `Give at least ${minimum}`,
      tooMany: (maximum) => `Give at most ${maximum}`,
      integer: 'Must be a whole number',
      format: 'This has the wrong format',
      unknownField: 'This field is not allowed',
      invalid: 'This value is not valid',
    },
  },
};
