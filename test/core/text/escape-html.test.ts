import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/core/text/escape-html.js';

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters, ampersand first', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('Cliënten')).toBe('Cliënten');
  });
});
