/** The audit filters, kept in the page's URL so a search can be reloaded, shared and bookmarked. */
export const auditFilterKeys = ['patientUserId', 'actorUserId', 'from', 'to', 'action'] as const;
export type AuditFilterKey = (typeof auditFilterKeys)[number];
export type AuditFilters = Record<AuditFilterKey, string>;

export function filtersFrom(params: URLSearchParams): AuditFilters {
  const entries = auditFilterKeys.map((key) => [key, params.get(key) ?? ''] as const);
  return Object.fromEntries(entries) as AuditFilters;
}

/** Only the filters that are set; from/to are ISO 8601 instants. */
export function paramsOf(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of auditFilterKeys) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  return params;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO instant → the value of a datetime-local input, in this browser's time zone. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value → ISO instant ('' stays ''). */
export function fromLocalInput(value: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

export const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value.trim());
