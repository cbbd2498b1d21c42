import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feeQuoteSchema, type FeeQuoteResponse } from '../../../shared/contracts/fees.js';
import { hospitalProfile } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { profileSettingsSchema } from '../profile/profile.repository.js';
import { fieldsOf, JAPANESE, problemOf } from './rules.fixtures.js';

const QUOTE_URL = '/api/v1/fees/quote';

describe('GET /api/v1/fees/quote', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function quote(seconds: number): Promise<FeeQuoteResponse> {
    const response = await t.app.inject(`${QUOTE_URL}?seconds=${seconds}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    return feeQuoteSchema.parse(response.json<unknown>());
  }

  const tiers: { rule: string; seconds: number; expected: Omit<FeeQuoteResponse, 'seconds'> }[] = [
    {
      rule: 'R-FEE-02',
      seconds: 0,
      expected: { tier: 'none', amountYen: 0, consumptionTaxYen: 0, overLimit: false },
    },
    {
      rule: 'R-FEE-03',
      seconds: 1,
      expected: { tier: 'up_to_30', amountYen: 44000, consumptionTaxYen: 4000, overLimit: false },
    },
    {
      rule: 'R-FEE-03',
      seconds: 1800,
      expected: { tier: 'up_to_30', amountYen: 44000, consumptionTaxYen: 4000, overLimit: false },
    },
    {
      rule: 'R-FEE-03',
      seconds: 1801,
      expected: { tier: 'up_to_60', amountYen: 88000, consumptionTaxYen: 8000, overLimit: false },
    },
    {
      rule: 'R-FEE-03',
      seconds: 3600,
      expected: { tier: 'up_to_60', amountYen: 88000, consumptionTaxYen: 8000, overLimit: false },
    },
    {
      rule: 'R-CALL-02',
      seconds: 3601,
      expected: { tier: 'up_to_60', amountYen: 88000, consumptionTaxYen: 8000, overLimit: true },
    },
  ];
  it.each(tiers)(
    '$rule $seconds s → $expected.tier, $expected.amountYen JPY',
    async ({ seconds, expected }) => {
      expect(await quote(seconds)).toEqual({ seconds, ...expected });
    },
  );

  const malformed: { name: string; query: string }[] = [
    { name: 'a negative number', query: 'seconds=-1' },
    { name: 'a non-integer', query: 'seconds=1.5' },
    { name: 'a word', query: 'seconds=abc' },
    { name: 'an empty value', query: 'seconds=' },
    { name: 'no value at all', query: '' },
    { name: 'a huge number (10^12)', query: 'seconds=1000000000000' },
    { name: 'an exponent', query: 'seconds=1e3' },
    { name: 'a repeated parameter', query: 'seconds=1&seconds=2' },
    { name: 'an array-style parameter', query: 'seconds[]=1' },
    { name: 'hostile text', query: `seconds=${encodeURIComponent('<script>1</script>')}` },
  ];
  it.each(malformed)('R-FEE-02 SPEC-4 $name → 400 naming seconds, never 500', async ({ query }) => {
    const problem = await problemOf(t, { method: 'GET', url: `${QUOTE_URL}?${query}` });
    expect(problem.type).toBe('urn:consilium:problem:validation');
    expect(fieldsOf(problem)).toContain('seconds');
    for (const error of problem.errors ?? []) expect(error.message).toMatch(JAPANESE);
  });

  it('R-FEE-02 SPEC-4 the field message follows Accept-Language: en', async () => {
    const problem = await problemOf(t, {
      method: 'GET',
      url: `${QUOTE_URL}?seconds=-5`,
      headers: { 'accept-language': 'en' },
    });
    expect(problem.errors).toEqual([
      { field: 'seconds', code: 'invalid', message: 'Use a whole number, 0 or more' },
    ]);
  });

  it('SPEC-4 an unknown query parameter is named, not ignored', async () => {
    const problem = await problemOf(t, { method: 'GET', url: `${QUOTE_URL}?seconds=60&currency=USD` });
    expect(fieldsOf(problem)).toEqual(['currency']);
  });

  it('R-FEE-03 tiers and amounts come from the hospital profile, not from code', async () => {
    const [row] = await t.database.db.select().from(hospitalProfile);
    const settings = profileSettingsSchema.parse(row?.settings);
    await t.database.db.update(hospitalProfile).set({
      settings: {
        ...settings,
        fees: {
          ...settings.fees,
          // Listed out of order on purpose: the quote must still pick by length.
          tiers: [
            { code: 'up_to_60', maxSeconds: 2400, amountYen: 110000 },
            { code: 'up_to_30', maxSeconds: 1200, amountYen: 55000 },
          ],
        },
      },
    });
    try {
      expect(await quote(1200)).toEqual({
        seconds: 1200,
        tier: 'up_to_30',
        amountYen: 55000,
        consumptionTaxYen: 5000,
        overLimit: false,
      });
      expect(await quote(1201)).toMatchObject({
        tier: 'up_to_60',
        amountYen: 110000,
        consumptionTaxYen: 10000,
      });
      expect(await quote(2401)).toMatchObject({ tier: 'up_to_60', amountYen: 110000, overLimit: true });
      expect(await quote(0)).toMatchObject({ tier: 'none', amountYen: 0 });
    } finally {
      await t.database.db.update(hospitalProfile).set({ settings });
    }
    expect(await quote(1801)).toMatchObject({ tier: 'up_to_60', amountYen: 88000 });
  });
});
