import { z } from 'zod';

export const feeQuoteQuerySchema = z.strictObject({
  seconds: z
    .string()
    .regex(/^\d{1,9}$/, 'non_negative_integer')
    .transform(Number)
    .describe('Actual consultation length in whole seconds (0 or more).'),
});

export const feeQuoteSchema = z.object({
  seconds: z.number().int().nonnegative(),
  tier: z
    .enum(['none', 'up_to_30', 'up_to_60'])
    .describe('The fee tier of the hospital profile that applies'),
  amountYen: z.number().int().nonnegative().describe('Tax-included fee in JPY'),
  consumptionTaxYen: z.number().int().nonnegative().describe('Consumption tax contained in amountYen'),
  overLimit: z.boolean().describe('Longer than the longest consultation allowed (R-CALL-02)'),
});
export type FeeQuoteResponse = z.infer<typeof feeQuoteSchema>;
