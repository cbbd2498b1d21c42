import { describe, expect, it } from 'vitest';
import { queueFilterSchema, queueSearchSchema } from '../../../shared/contracts/liaison.js';
import {
  apiQueryOf,
  emptyFilters,
  filtersFrom,
  paramsOf,
  searchBodyOf,
  type QueueFilters,
} from './queue-filters.js';

const busy: QueueFilters = {
  status: ['screening', 'awaiting_information'],
  department: 'general_surgery',
  waiting: 7,
  flags: ['identity_mismatch', 'missing_documents'],
  sort: 'waiting_shortest',
};

describe('queue filters in the URL', () => {
  it('round-trips every filter through the page URL', () => {
    const url = paramsOf(busy);
    expect(url.toString()).toBe(
      'status=screening%2Cawaiting_information&department=general_surgery&waiting=7&flags=identity_mismatch%2Cmissing_documents&sort=waiting_shortest',
    );
    expect(filtersFrom(url)).toEqual(busy);
  });

  it('leaves the defaults out, so the plain queue has a plain URL', () => {
    expect(paramsOf(emptyFilters).toString()).toBe('');
    expect(filtersFrom(new URLSearchParams())).toEqual(emptyFilters);
  });

  it('drops what it does not know instead of sending it to the server', () => {
    const url = new URLSearchParams(
      'status=screening,bogus&department=Surgery;drop&waiting=5&flags=x,infected_file&sort=name',
    );
    expect(filtersFrom(url)).toEqual({
      ...emptyFilters,
      status: ['screening'],
      flags: ['infected_file'],
    });
  });

  it('accepts repeated parameters and keeps one canonical order', () => {
    const url = new URLSearchParams('status=awaiting_information&status=screening');
    expect(filtersFrom(url).status).toEqual(['screening', 'awaiting_information']);
  });
});

describe('queue filters to the API', () => {
  it('builds a query string the contract accepts', () => {
    const query = apiQueryOf(busy, { limit: 50, cursor: 'abc' });
    const parsed = queueFilterSchema.parse(Object.fromEntries(query));
    expect(parsed).toEqual({
      status: ['screening', 'awaiting_information'],
      department: 'general_surgery',
      waitingMoreThanDays: 7,
      flags: ['identity_mismatch', 'missing_documents'],
      sort: 'waiting_shortest',
      limit: 50,
      cursor: 'abc',
    });
  });

  it('puts the search text in the body only, with the same filters', () => {
    const body = searchBodyOf(busy, '山田 花子', { limit: 50, cursor: '' });
    expect(queueSearchSchema.parse(body)).toMatchObject({ text: '山田 花子', waitingMoreThanDays: 7 });
    expect(body).not.toHaveProperty('cursor');
    expect(apiQueryOf(busy, { limit: 50, cursor: '' }).toString()).not.toContain('%E5%B1%B1');
  });
});
