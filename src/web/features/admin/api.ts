import { z } from 'zod';
import { auditPageSchema, type AuditEventView } from '../../../shared/contracts/audit.js';
import { userListSchema, type staffRoles } from '../../../shared/contracts/auth.js';
import { departmentListSchema } from '../../../shared/contracts/departments.js';
import type { Locale } from '../../../shared/i18n/locale.js';
import { getJson, noContent, sendJson } from '../../api/client.js';

export type StaffRole = (typeof staffRoles)[number];
export type Invitation = {
  email: string;
  role: StaffRole;
  displayName: string;
  departments: string[];
  medicalRegistrationYear?: number;
  locale: Locale;
};
export type UserView = z.infer<typeof userListSchema>['users'][number];

export type AuditEvent = AuditEventView;

export const adminApi = {
  users: () => getJson('/api/v1/admin/users', userListSchema),
  departments: () => getJson('/api/v1/departments', departmentListSchema),
  invite: (invitation: Invitation) =>
    sendJson('POST', '/api/v1/admin/invitations', invitation, z.object({ userId: z.string().uuid() })),
  setStatus: (userId: string, status: 'active' | 'disabled') =>
    sendJson('POST', `/api/v1/admin/users/${encodeURIComponent(userId)}/status`, { status }, noContent),
  auditEvents: (query: URLSearchParams) =>
    getJson(`/api/v1/admin/audit-events?${query.toString()}`, auditPageSchema),
};
