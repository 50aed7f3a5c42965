import { describe, expect, it } from 'vitest';
import { configMessages } from '../../../src/core/text/config-messages.js';

describe('config messages', () => {
  it('name the place in the configuration, or the top level', () => {
    expect(configMessages.indicatorTwice('h_autonomie')).toBe(
      'indicator h_autonomie komt twee keer voor in één index',
    );
    expect(configMessages.invalid('variants.0.id', 'te kort')).toBe(
      "Ongeldige configuratie bij 'variants.0.id': te kort.",
    );
    expect(configMessages.invalid('', 'leeg')).toContain('(hoofdniveau)');
  });
});
