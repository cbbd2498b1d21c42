import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { Me } from '../../../shared/contracts/auth.js';
import { ApiProblem } from '../../api/client.js';
import { accountApi } from './api.js';

// The contract leaves the options open (they are the WebAuthn library's); check the parts the browser needs.
const creationOptionsSchema = z.looseObject({
  challenge: z.string(),
  rp: z.looseObject({ name: z.string(), id: z.string().optional() }),
  user: z.looseObject({ id: z.string(), name: z.string(), displayName: z.string() }),
  pubKeyCredParams: z.array(z.looseObject({ type: z.literal('public-key'), alg: z.number() })),
});
const requestOptionsSchema = z.looseObject({
  challenge: z.string(),
  allowCredentials: z.array(z.looseObject({ id: z.string(), type: z.literal('public-key') })).optional(),
});

/** Whether this browser can make and use passkeys at all (every current browser can). */
export function passkeysSupported(): boolean {
  return browserSupportsWebAuthn();
}

/** Creates a passkey on this device (the device asks for the fingerprint, face or PIN) and registers it. */
export async function createPasskey(name: string): Promise<Me> {
  const { challengeId, options } = await accountApi.passkeyRegistrationOptions();
  const optionsJSON = creationOptionsSchema.parse(options) as PublicKeyCredentialCreationOptionsJSON;
  const response = await startRegistration({ optionsJSON });
  return accountApi.registerPasskey({ challengeId, name, response });
}

/** The passkey as the second factor after the password. */
export async function confirmWithPasskey(): Promise<Me> {
  const { challengeId, options } = await accountApi.passkeySecondFactorOptions();
  const optionsJSON = requestOptionsSchema.parse(options) as PublicKeyCredentialRequestOptionsJSON;
  const response = await startAuthentication({ optionsJSON });
  return accountApi.passkeySecondFactor({ challengeId, response });
}

/** Why a passkey step did not finish, as far as the user needs to know. */
export type PasskeyProblemKind =
  | 'cancelled'
  | 'alreadyRegistered'
  | 'unsupported'
  | 'wrongAddress'
  | 'notRecognised'
  | 'lastFactor'
  | 'server'
  | 'network'
  | 'unexpected';

const nameOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
    ? error.name
    : undefined;

/**
 * The browser answers a cancelled or timed-out prompt (and, when signing in, a device without this
 * account's passkey) with NotAllowedError: an everyday event, not a failure of the service.
 */
export function passkeyProblemKind(error: unknown): PasskeyProblemKind {
  if (error instanceof ApiProblem) {
    if (error.is('invalid-code')) return 'notRecognised';
    if (error.status === 403 && error.is('forbidden')) return 'lastFactor';
    return 'server';
  }
  switch (nameOf(error)) {
    case 'NotAllowedError':
    case 'AbortError':
      return 'cancelled';
    case 'InvalidStateError':
      return 'alreadyRegistered';
    case 'SecurityError':
      return 'wrongAddress';
    case 'NotSupportedError':
      return 'unsupported';
    case 'TypeError':
      return 'network';
    default:
      return passkeysSupported() ? 'unexpected' : 'unsupported';
  }
}

/** The words for a passkey problem in the user's language: `signIn` for the second-factor step. */
export function passkeyErrorText(error: unknown, t: TFunction, purpose: 'add' | 'signIn'): string {
  const kind = passkeyProblemKind(error);
  switch (kind) {
    case 'cancelled':
      return purpose === 'add'
        ? t('account.passkeys.errors.cancelledAdd')
        : t('account.passkeys.errors.cancelledSignIn');
    case 'server':
      return error instanceof ApiProblem ? error.title : t('account.errors.unexpected');
    case 'network':
      return t('account.errors.network');
    case 'unexpected':
      return t('account.errors.unexpected');
    default:
      return t(`account.passkeys.errors.${kind}`);
  }
}
