import { describe, expect, it } from 'vitest';
import { TIMELINE_KINDS, timelineKindsFor } from './timeline-kinds';

describe('kinds of event a timeline offers', () => {
  it('offers no kind a reader outside its compartment could ever see', () => {
    expect(timelineKindsFor([])).toEqual(['Case', 'Incident', 'Arrest', 'Custody', 'Call']);
    expect(timelineKindsFor(['GV'])).toContain('CjmCase');
    expect(timelineKindsFor(['GV'])).not.toContain('Transfer');
    expect(timelineKindsFor(['FIN'])).toEqual(
      expect.arrayContaining(['Transfer', 'FinancialReport']),
    );
    expect(timelineKindsFor(['FIN', 'GV', 'MIN', 'INF'])).toEqual(TIMELINE_KINDS);
  });
});
