import {
  queueFlags,
  queueSorts,
  type QueueFlag,
  type QueueSearch,
} from '../../../shared/contracts/liaison.js';
import { caseStatuses, type CaseStatus } from '../../../shared/domain/case-status.js';

/**
 * The queue's filters and sort, kept in the page's URL so a view can be reloaded, bookmarked and shared
 * between coordinators. Only codes go there: a name or phone number typed in the search box never does.
 */

export type QueueSort = (typeof queueSorts)[number];

export type QueueFilters = {
  status: CaseStatus[];
  department: string;
  /** Submitted more than this many days ago; null when waiting time is not filtered. */
  waiting: number | null;
  flags: QueueFlag[];
  sort: QueueSort;
};

/** The choices of the waiting-time filter, in days. */
export const waitingChoices = [3, 7, 14, 30] as const;

/** The flags offered as filters (unread messages shows in the table, and filters too). */
export const filterFlags: readonly QueueFlag[] = queueFlags;

export const emptyFilters: QueueFilters = {
  status: [],
  department: '',
  waiting: null,
  flags: [],
  sort: 'waiting_longest',
};

export const isQueueSort = (value: string | null): value is QueueSort =>
  (queueSorts as readonly (string | null)[]).includes(value);

const departmentPattern = /^[a-z][a-z0-9_]*$/;

function listParam<T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  const values = params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .filter((value): value is T => (allowed as readonly string[]).includes(value));
  // Kept in the order of the allowed list, so the same view always has the same URL.
  return allowed.filter((value) => values.includes(value));
}

/** Reads the filters of a URL; anything unknown is dropped rather than sent to the server. */
export function filtersFrom(params: URLSearchParams): QueueFilters {
  const department = params.get('department') ?? '';
  const waiting = Number(params.get('waiting'));
  const sort = params.get('sort');
  return {
    status: listParam(params, 'status', caseStatuses),
    department: departmentPattern.test(department) && department.length <= 64 ? department : '',
    waiting: (waitingChoices as readonly number[]).includes(waiting) ? waiting : null,
    flags: listParam(params, 'flags', queueFlags),
    sort: isQueueSort(sort) ? sort : 'waiting_longest',
  };
}

/** The page's URL parameters: only what differs from the defaults. */
export function paramsOf(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status.length > 0) params.set('status', filters.status.join(','));
  if (filters.department) params.set('department', filters.department);
  if (filters.waiting !== null) params.set('waiting', String(filters.waiting));
  if (filters.flags.length > 0) params.set('flags', filters.flags.join(','));
  if (filters.sort !== 'waiting_longest') params.set('sort', filters.sort);
  return params;
}

export type PageRequest = { limit: number; cursor: string };

/** The API's query string for GET /api/v1/liaison/cases. */
export function apiQueryOf(filters: QueueFilters, page: PageRequest): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.status.length > 0) query.set('status', filters.status.join(','));
  if (filters.department) query.set('department', filters.department);
  if (filters.waiting !== null) query.set('waitingMoreThanDays', String(filters.waiting));
  if (filters.flags.length > 0) query.set('flags', filters.flags.join(','));
  query.set('sort', filters.sort);
  query.set('limit', String(page.limit));
  if (page.cursor) query.set('cursor', page.cursor);
  return query;
}

/** The body of POST /api/v1/liaison/cases/search: the same filters, and the typed text. */
export function searchBodyOf(filters: QueueFilters, text: string, page: PageRequest): QueueSearch {
  return {
    text,
    ...(filters.status.length > 0 ? { status: filters.status } : {}),
    ...(filters.department ? { department: filters.department } : {}),
    ...(filters.waiting !== null ? { waitingMoreThanDays: filters.waiting } : {}),
    ...(filters.flags.length > 0 ? { flags: filters.flags } : {}),
    sort: filters.sort,
    limit: page.limit,
    ...(page.cursor ? { cursor: page.cursor } : {}),
  };
}
