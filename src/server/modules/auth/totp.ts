import { generate, generateSecret, generateURI, verify } from 'otplib';

/** RFC 6238 codes: 6 digits, 30-second steps, one step of clock drift accepted either way. */
const toleranceSeconds = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, issuer: string, account: string): string {
  return generateURI({ issuer, label: account, secret });
}

/**
 * Checks a code at the given time. A code whose time step was already used is refused, so a code seen
 * over someone's shoulder cannot be replayed. Returns the step to remember, or null.
 */
export async function verifyTotp(
  secret: string,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: toleranceSeconds,
    ...(lastUsedStep === null ? {} : { afterTimeStep: lastUsedStep }),
  }).catch(() => ({ valid: false as const }));
  // otplib throws when the last used step lies beyond the window (clock skew): that is a refusal too.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The current code, for tests and for nothing else. */
export function totpCodeAt(secret: string, at: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}
