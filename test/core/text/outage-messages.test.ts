import { describe, expect, it } from 'vitest';
import { outageMessages } from '../../../src/core/text/outage-messages.js';

describe('outage messages', () => {
  it('tell the reader to come back and keep the detail for the operator', () => {
    expect(outageMessages.unavailable).toContain('tijdelijk niet beschikbaar');
    expect(outageMessages.log('ECONNREFUSED')).toBe('database niet bereikbaar (503): ECONNREFUSED');
  });
});
