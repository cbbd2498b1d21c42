import type { z } from 'zod';
import {
  acceptedSchema,
  meSchema,
  sessionListSchema,
  totpSetupSchema,
} from '../../../shared/contracts/auth.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { getJson, noContent, sendJson } from '../../api/client.js';

/** The account API, each answer parsed with the shared contract. */
export const accountApi = {
  signUp: (body: { displayName: string; email: string; password: string; locale: Locale }) =>
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
};

export type SessionView = z.infer<typeof sessionListSchema>['sessions'][number];
