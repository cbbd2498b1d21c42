import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { z } from 'zod';
import type {
  authenticationResponseSchema,
  registrationResponseSchema,
} from '../../../shared/contracts/passkeys.js';
import { ForbiddenError, InvalidCredentialsError, NotFoundError } from '../../errors.js';
import type { AuthDeps } from './auth.deps.js';
import {
  deletePasskey,
  insertChallenge,
  insertPasskey,
  passkeysOf,
  recordPasskeyUse,
  takeChallenge,
} from './passkey.repository.js';
import { completeSecondFactor, recordSecondFactorFailure } from './second-factor-outcome.js';
import type { AuthContext, RequestMeta } from './session.service.js';

const challengeLifetimeMs = 5 * 60_000;

type RegistrationResponse = z.output<typeof registrationResponseSchema>;
type AuthenticationResponse = z.output<typeof authenticationResponseSchema>;

export type PasskeyService = ReturnType<typeof createPasskeyService>;

/**
 * Passkeys (WebAuthn) as a second factor. The relying party is the public address of the service, so a
 * passkey made here works nowhere else (phishing-resistant).
 */
export function createPasskeyService(deps: AuthDeps) {
  const { db, clock, audit, sessions } = deps;
  const origin = new URL(deps.publicUrl).origin;
  const rpID = new URL(deps.publicUrl).hostname;
  const actorOf = (auth: AuthContext) => ({ userId: auth.user.id, role: auth.user.role });

  /** Enrolment needs a session that is not waiting for another factor: a password alone adds nothing. */
  function ensureMayEnrol(auth: AuthContext): void {
    if (auth.state === 'second_factor_required') throw new ForbiddenError('second-factor-required');
  }

  return {
    async registrationOptions(auth: AuthContext) {
      ensureMayEnrol(auth);
      const profile = await deps.profiles.current();
      const existing = await passkeysOf(db, auth.user.id);
      const options = await generateRegistrationOptions({
        rpName: profile.serviceName.ja,
        rpID,
        userName: auth.user.email,
        userDisplayName: auth.user.displayName,
        userID: new TextEncoder().encode(auth.user.id),
        attestationType: 'none',
        excludeCredentials: existing.map((passkey) => ({ id: passkey.id, transports: [] })),
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
      });
      const challengeId = await insertChallenge(db, {
        challenge: options.challenge,
        userId: auth.user.id,
        purpose: 'register_passkey',
        expiresAt: new Date(clock.now().getTime() + challengeLifetimeMs),
      });
      return { challengeId, options: { ...options } };
    },

    async register(
      auth: AuthContext,
      challengeId: string,
      name: string,
      response: RegistrationResponse,
      meta: RequestMeta,
    ) {
      ensureMayEnrol(auth);
      const now = clock.now();
      const challenge = await takeChallenge(db, challengeId, auth.user.id, 'register_passkey', now);
      if (!challenge) throw new InvalidCredentialsError('invalid-code');
      const verification = await verifyRegistrationResponse({
        response: { ...response, clientExtensionResults: {} },
        expectedChallenge: challenge,
        expectedOrigin: origin,
        expectedRPID: rpID,
        requireUserVerification: false,
      }).catch(() => ({ verified: false as const }));
      if (!verification.verified) throw new InvalidCredentialsError('invalid-code');
      const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
      return db.transaction(async (tx) => {
        await insertPasskey(tx, {
          id: credential.id,
          userId: auth.user.id,
          publicKey: credential.publicKey,
          counter: credential.counter,
          transports: credential.transports ?? [],
          deviceType: credentialDeviceType,
          backedUp: credentialBackedUp,
          name,
          createdAt: now,
        });
        await audit.record(
          {
            actor: actorOf(auth),
            action: 'auth.passkey_added',
            outcome: 'success',
            target: { type: 'passkey', id: credential.id },
            ip: meta.ip,
            requestId: meta.requestId,
          },
          tx,
        );
        if (auth.session.secondFactorAt)
          return { context: await sessions.contextFor(tx, auth.user, auth.session) };
        const next = await sessions.rotateAfterSecondFactor(tx, auth, meta);
        return { token: next.token, context: await sessions.contextFor(tx, auth.user, next.session) };
      });
    },

    async authenticationOptions(auth: AuthContext) {
      const own = await passkeysOf(db, auth.user.id);
      if (own.length === 0) throw new NotFoundError('passkeys');
      const options = await generateAuthenticationOptions({
        rpID,
        allowCredentials: own.map((passkey) => ({ id: passkey.id, transports: [] })),
        userVerification: 'preferred',
      });
      const challengeId = await insertChallenge(db, {
        challenge: options.challenge,
        userId: auth.user.id,
        purpose: 'authenticate',
        expiresAt: new Date(clock.now().getTime() + challengeLifetimeMs),
      });
      return { challengeId, options: { ...options } };
    },

    /** The passkey as the second factor after the password; the session gets a new token. */
    async verifySecondFactor(
      auth: AuthContext,
      challengeId: string,
      response: AuthenticationResponse,
      meta: RequestMeta,
    ) {
      const now = clock.now();
      const challenge = await takeChallenge(db, challengeId, auth.user.id, 'authenticate', now);
      const passkey = (await passkeysOf(db, auth.user.id)).find((candidate) => candidate.id === response.id);
      const verification =
        challenge && passkey
          ? await verifyAuthenticationResponse({
              response: { ...response, clientExtensionResults: {} },
              expectedChallenge: challenge,
              expectedOrigin: origin,
              expectedRPID: rpID,
              credential: {
                id: passkey.id,
                publicKey: new Uint8Array(passkey.publicKey),
                counter: passkey.counter,
              },
              requireUserVerification: false,
            }).catch(() => ({ verified: false as const }))
          : { verified: false as const };
      if (!verification.verified || !passkey) {
        await recordSecondFactorFailure(deps, auth, 'passkey', meta);
        throw new InvalidCredentialsError('invalid-code');
      }
      return db.transaction(async (tx) => {
        await recordPasskeyUse(tx, passkey.id, verification.authenticationInfo.newCounter, now);
        return completeSecondFactor(deps, tx, auth, auth.user, 'passkey', meta);
      });
    },

    async list(auth: AuthContext) {
      return passkeysOf(db, auth.user.id);
    },

    /** Staff keep at least one second factor. */
    async remove(auth: AuthContext, id: string, meta: RequestMeta): Promise<void> {
      const own = await passkeysOf(db, auth.user.id);
      if (!own.some((passkey) => passkey.id === id)) throw new NotFoundError('passkey');
      const remaining = own.length - 1 + (auth.factors.totp ? 1 : 0);
      if (auth.user.role !== 'patient' && remaining < 1) throw new ForbiddenError('forbidden');
      if (!(await deletePasskey(db, auth.user.id, id))) throw new NotFoundError('passkey');
      await audit.record({
        actor: actorOf(auth),
        action: 'auth.passkey_removed',
        outcome: 'success',
        target: { type: 'passkey', id },
        ip: meta.ip,
        requestId: meta.requestId,
      });
    },
  };
}
