import { describe, expect, it } from 'vitest';
import { serveMessages } from '../../../src/core/text/serve-messages.js';

describe('serve messages', () => {
  it('log in Dutch with Dutch numbers', () => {
    expect(serveMessages.pagesReady(25, 1.25)).toMatch(/^25 pagina’s voorbereid in 1,[23] s\.$/);
    expect(serveMessages.badPort('x')).toContain('1 tot en met 65535');
    expect(serveMessages.exampleImported(1)).toContain('geen CBS-cijfers');
  });
});
