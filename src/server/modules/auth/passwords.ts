import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldIssue } from '../../errors.js';

export const minimumPasswordLength = 10;

let commonPasswords: Set<string> | undefined;
/** The offline list of the most common passwords (about 50,000), loaded on first use. */
function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(
    (dictionary['passwords-common'] ?? []).map((entry: string) => entry.toLowerCase()),
  );
  return commonPasswords.has(password.toLowerCase());
}

/** Why a new password is refused, worded by the problem handler in the caller's language. */
export function passwordProblems(password: string, field: string, context: { email: string }): FieldIssue[] {
  if ([...password].length < minimumPasswordLength) {
    return [
      {
        field,
        code: 'invalid',
        message: {
          ja: `パスワードは ${minimumPasswordLength} 文字以上にしてください`,
          en: `Use at least ${minimumPasswordLength} characters`,
        },
      },
    ];
  }
  const lower = password.toLowerCase();
  if (isCommonPassword(password) || lower === context.email || lower === context.email.split('@')[0]) {
    return [
      {
        field,
        code: 'invalid',
        message: {
          ja: 'よく使われていて推測されやすいパスワードです。別のものにしてください',
          en: 'This password is too common and easy to guess. Please choose another',
        },
      },
    ];
  }
  return [];
}

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's recommended minimum).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    // Same work as a real check, so timing does not reveal whether the account exists.
    await hash(password);
    return false;
  }
  return verify(passwordHash, password);
}
