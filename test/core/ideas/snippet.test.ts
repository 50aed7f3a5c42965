import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E } from '../../../src/core/ideas/highlight-markers.js';
import { escapeHtml, plainSnippet, snippetFromHeadline } from '../../../src/core/ideas/snippet.js';

describe('snippets', () => {
  it('turns the markers into <mark> and leaves the escaped text escaped', () => {
    const text = 'Meer tijd <script>alert(1)</script> voor patiënten & cliënten';
    const headline = `Meer tijd &lt;script&gt;alert(1)&lt;/script&gt; voor ${S}patiënten${E} &amp; cliënten`;
    expect(snippetFromHeadline(headline, text)).toBe(
      'Meer tijd &lt;script&gt;alert(1)&lt;/script&gt; voor <mark>patiënten</mark> &amp; cliënten',
    );
  });

  it('escapes any stray angle bracket or ampersand in a headline', () => {
    const snippet = snippetFromHeadline(`<b>x</b> & ${S}y${E}`, '<b>x</b> & y');
    expect(snippet).toContain('&lt;b&gt;x&lt;/b&gt; &amp; <mark>y</mark>');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it("escapes an apostrophe with marks as without them (the database's headline leaves it)", () => {
    const text = "Inwerken van nieuwe collega's";
    expect(snippetFromHeadline(`Inwerken van nieuwe ${S}collega's${E}`, text)).toBe(
      'Inwerken van nieuwe <mark>collega&#39;s</mark>',
    );
    expect(plainSnippet(text)).toBe('Inwerken van nieuwe collega&#39;s');
  });

  it('adds an ellipsis where the headline cut the text', () => {
    const text = 'Een twee drie vier vijf. Zes zeven acht.';
    expect(snippetFromHeadline(`twee ${S}drie${E} vier`, text)).toBe('… twee <mark>drie</mark> vier …');
    expect(snippetFromHeadline(`Een twee ${S}drie${E}`, text)).toBe('Een twee <mark>drie</mark> …');
  });

  it('without a query shows the first 30 words, escaped', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(plainSnippet(`<i>${words}`)).toBe(`&lt;i&gt;${words.split(' ').slice(0, 30).join(' ')} …`);
    expect(escapeHtml(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;');
  });
});
