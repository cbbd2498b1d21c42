import { z } from 'zod';

export const userRoles = ['patient', 'coordinator', 'doctor', 'admin'] as const;
export const userRoleSchema = z.enum(userRoles);
export type UserRole = z.infer<typeof userRoleSchema>;
export const staffRoles = ['coordinator', 'doctor', 'admin'] as const satisfies readonly UserRole[];

const email = z
  .string()
  .trim()
  .max(254)
  .email()
  .transform((value) => value.toLowerCase())
  .describe('E-mail address (case-insensitive)');
/** Length and common-password checks happen in the service, which words them for the caller. */
const password = z.string().min(1).max(256).describe('Password (at least 10 characters, not a common one)');
const token = z.string().min(20).max(200).describe('The single-use token from the e-mailed link');
const locale = z.enum(['ja', 'en']);

/**
 * A page of this site to come back to after the e-mailed link (e.g. /applications/new): a path only,
 * never another origin or a protocol-relative "//host", so the mail can never redirect elsewhere.
 */
export const sitePathSchema = z
  .string()
  .max(200)
  .regex(/^\/(?![/\\])[^\s]*$/)
  .describe('A path of this site, e.g. /applications/new');

export const signUpRequestSchema = z.strictObject({
  email,
  password,
  displayName: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe("The patient's name: the account is always the patient's"),
  locale: locale.default('ja'),
  next: sitePathSchema.optional().describe('Where the verification link leads after signing in'),
});
export const signInRequestSchema = z.strictObject({ email, password });
export const tokenRequestSchema = z.strictObject({ token });
export const emailRequestSchema = z.strictObject({ email });
export const resetPasswordRequestSchema = z.strictObject({ token, password });
export const acceptInvitationRequestSchema = z.strictObject({ token, password });
export const changePasswordRequestSchema = z.strictObject({
  currentPassword: password,
  newPassword: password,
});
export const totpCodeRequestSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'six_digit_code')
    .describe('Six-digit code from the authenticator app'),
});

/** What the signed-in person may do; the UI shows and hides by these, never by re-implementing rules. */
export const abilitiesSchema = z.object({
  manageUsers: z.boolean(),
  viewAuditTrail: z.boolean(),
  accessPatientData: z.boolean(),
  /** The liaison centre's console (queue and case view): coordinators and doctors, second factor given. */
  useLiaisonConsole: z.boolean(),
});
export type Abilities = z.infer<typeof abilitiesSchema>;

export const sessionStateSchema = z.enum([
  'signed_in',
  'second_factor_required',
  'second_factor_enrolment_required',
]);
export type SessionState = z.infer<typeof sessionStateSchema>;

export const meSchema = z.object({
  user: z.object({
    id: z.string().uuid(),
    email: z.string(),
    role: userRoleSchema,
    displayName: z.string(),
    locale,
    emailVerified: z.boolean(),
    secondFactors: z.object({ totp: z.boolean(), passkeys: z.number().int() }),
  }),
  state: sessionStateSchema,
  abilities: abilitiesSchema,
});
export type Me = z.infer<typeof meSchema>;

export const acceptedSchema = z.object({ status: z.literal('accepted') });

export const sessionViewSchema = z.object({
  id: z.string().uuid(),
  current: z.boolean(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
});
export const sessionListSchema = z.object({ sessions: z.array(sessionViewSchema) });

export const totpSetupSchema = z.object({
  secret: z.string().describe('Base32 secret, for typing into an authenticator app'),
  otpauthUrl: z.string().describe('otpauth:// URL, for a QR code'),
});

export const inviteStaffRequestSchema = z.strictObject({
  email,
  role: z.enum(staffRoles),
  displayName: z.string().trim().min(1).max(100),
  departments: z.array(z.string().min(1).max(64)).max(20).default([]),
  medicalRegistrationYear: z.number().int().min(1950).max(2100).optional(),
  locale: locale.default('ja'),
});

export const userViewSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  role: userRoleSchema,
  status: z.enum(['invited', 'active', 'disabled']),
  displayName: z.string(),
  departments: z.array(z.string()),
  medicalRegistrationYear: z.number().int().nullable(),
  secondFactor: z.boolean(),
  createdAt: z.string(),
});
export const userListSchema = z.object({ users: z.array(userViewSchema) });
