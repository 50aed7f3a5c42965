import { describe, expect, it } from 'vitest';
import { figureMessages } from '../../../src/core/text/figure-messages.js';

describe('figure messages', () => {
  it('say what was written, with Dutch numbers', () => {
    expect(figureMessages.figuresWritten(1234, 'uit', false)).toBe(
      '1.234 figuren geschreven naar uit (SVG).',
    );
    expect(figureMessages.figuresWritten(2, 'uit', true, 2)).toContain('SVG en PNG op 2× resolutie');
    expect(figureMessages.invalidWidth(100, 280, 2400)).toContain('280 tot 2.400 pixels');
  });
});
