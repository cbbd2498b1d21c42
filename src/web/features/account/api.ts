import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';
import type { z } from 'zod';
import {
  acceptedSchema,
  meSchema,
  sessionListSchema,
  totpSetupSchema,
} from '../../../shared/contracts/auth.js';
import { passkeyListSchema, passkeyOptionsSchema } from '../../../shared/contracts/passkeys.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { getJson, noContent, sendJson } from '../../api/client.js';

/** The account API, each answer parsed with the shared contract. */
export const accountApi = {
  signUp: (body: { displayName: string; email: string; password: string; locale: Locale; next?: string }) =>
    sendJson('POST', '/api/v1/auth/sign-up', body, acceptedSchema),
  verifyEmail: (token: string) => sendJson('POST', '/api/v1/auth/verify-email', { token }, noContent),
  signIn: (body: { email: string; password: string }) =>
    sendJson('POST', '/api/v1/auth/sign-in', body, meSchema),
  secondFactor: (code: string) => sendJson('POST', '/api/v1/auth/second-factor/totp', { code }, meSchema),
  requestPasswordReset: (email: string) =>
    sendJson('POST', '/api/v1/auth/password-reset', { email }, acceptedSchema),
  completePasswordReset: (body: { token: string; password: string }) =>
    sendJson('POST', '/api/v1/auth/password-reset/complete', body, noContent),
  acceptInvitation: (body: { token: string; password: string }) =>
    sendJson('POST', '/api/v1/auth/invitations/accept', body, meSchema),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    sendJson('POST', '/api/v1/account/password', body, noContent),
  sessions: () => getJson('/api/v1/account/sessions', sessionListSchema),
  endSession: (sessionId: string) =>
    sendJson('DELETE', `/api/v1/account/sessions/${encodeURIComponent(sessionId)}`, undefined, noContent),
  startTotpSetup: () => sendJson('POST', '/api/v1/account/totp/setup', undefined, totpSetupSchema),
  confirmTotp: (code: string) => sendJson('POST', '/api/v1/account/totp/confirm', { code }, meSchema),
  disableTotp: (code: string) => sendJson('POST', '/api/v1/account/totp/disable', { code }, noContent),
  passkeys: () => getJson('/api/v1/account/passkeys', passkeyListSchema),
  passkeyRegistrationOptions: () =>
    sendJson('POST', '/api/v1/account/passkeys/options', undefined, passkeyOptionsSchema),
  registerPasskey: (body: { challengeId: string; name: string; response: RegistrationResponseJSON }) =>
    sendJson('POST', '/api/v1/account/passkeys', body, meSchema),
  removePasskey: (passkeyId: string) =>
    sendJson('DELETE', `/api/v1/account/passkeys/${encodeURIComponent(passkeyId)}`, undefined, noContent),
  passkeySecondFactorOptions: () =>
    sendJson('POST', '/api/v1/auth/second-factor/passkey/options', undefined, passkeyOptionsSchema),
  passkeySecondFactor: (body: { challengeId: string; response: AuthenticationResponseJSON }) =>
    sendJson('POST', '/api/v1/auth/second-factor/passkey', body, meSchema),
};

export type PasskeyView = z.infer<typeof passkeyListSchema>['passkeys'][number];
export type SessionView = z.infer<typeof sessionListSchema>['sessions'][number];
