import { z } from 'zod';

const transports = z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);

/** What navigator.credentials.create() returns, as @simplewebauthn/browser serialises it. */
export const registrationResponseSchema = z.object({
  id: z.string().min(1).max(1024),
  rawId: z.string().min(1).max(1024),
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: z.string().max(10_000),
    attestationObject: z.string().max(100_000),
    transports: z.array(transports).max(10).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: z.string().max(10_000).optional(),
    authenticatorData: z.string().max(100_000).optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).optional(),
});

/** What navigator.credentials.get() returns, as @simplewebauthn/browser serialises it. */
export const authenticationResponseSchema = z.object({
  id: z.string().min(1).max(1024),
  rawId: z.string().min(1).max(1024),
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: z.string().max(10_000),
    authenticatorData: z.string().max(100_000),
    signature: z.string().max(10_000),
    userHandle: z.string().max(1024).optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).optional(),
});

export const passkeyOptionsSchema = z.object({
  challengeId: z.string().uuid(),
  options: z
    .record(z.string(), z.unknown())
    .describe('PublicKeyCredential options JSON for @simplewebauthn/browser'),
});

export const registerPasskeyRequestSchema = z.strictObject({
  challengeId: z.string().uuid(),
  name: z.string().trim().min(1).max(60).describe('A name to recognise the device by'),
  response: registrationResponseSchema,
});

export const passkeySecondFactorRequestSchema = z.strictObject({
  challengeId: z.string().uuid(),
  response: authenticationResponseSchema,
});

export const passkeyListSchema = z.object({
  passkeys: z.array(
    z.object({ id: z.string(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() }),
  ),
});
