import { describe, expect, it } from 'vitest';
import { caseHasNews } from './case-pulse.js';

const view = { pulse: { status: 'department_review', events: 7, messages: 2 } } as const;

describe('news on an open case', () => {
  it('is nothing while the counts are those of the view', () => {
    expect(caseHasNews({ ...view.pulse }, view)).toBe(false);
  });

  it('is a doctor’s answer (an event with a new status), another event or a new message', () => {
    expect(caseHasNews({ ...view.pulse, status: 'accepted', events: 8 }, view)).toBe(true);
    expect(caseHasNews({ ...view.pulse, events: 8 }, view)).toBe(true);
    expect(caseHasNews({ ...view.pulse, messages: 3 }, view)).toBe(true);
  });

  it('is not a pulse older than the view (one’s own action has just reloaded it)', () => {
    expect(caseHasNews({ status: 'screening', events: 6, messages: 2 }, view)).toBe(false);
  });
});
