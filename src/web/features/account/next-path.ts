import type { Me } from '../../../shared/contracts/auth.js';

export const accountPaths = {
  signIn: '/account/sign-in',
  signUp: '/account/sign-up',
  secondFactor: '/account/second-factor',
  authenticator: '/account/authenticator',
  forgotPassword: '/account/forgot-password',
  settings: '/account',
} as const;

/** Only a path inside this site may be a destination: never another origin (open redirect). */
export function safeNext(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return undefined;
  }
  return value;
}

/** A path with the destination to return to afterwards, e.g. /account/sign-in?next=%2Faccount. */
export function withNext(path: string, next: string | undefined): string {
  return next ? `${path}?${new URLSearchParams({ next }).toString()}` : path;
}

/** Where a session in this state goes next: the missing step first, then the destination. */
export function pathFor(me: Me, next: string | undefined): string {
  switch (me.state) {
    case 'second_factor_required':
      return withNext(accountPaths.secondFactor, next);
    case 'second_factor_enrolment_required':
      return withNext(accountPaths.authenticator, next);
    case 'signed_in':
      return next ?? accountPaths.settings;
  }
}
