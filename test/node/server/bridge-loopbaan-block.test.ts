/**
 * Audit 7 finding 6: the block of loopbaanperspectief on huishoudelijke hulpen lists what its note
 * describes, no pay wishes, and its link names that set.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { testAppPerFile } from './app-fixture.js';

const t = testAppPerFile();

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the bridge on the server', () => {
  it('lists no pay wish under loopbaanperspectief, and its link names the theme it counts', async () => {
    const page = await t.app.request('/beroep/huishoudelijke-hulpen');
    expect(page.status).toBe(200);
    const document = parseHTML(await page.text()).document;
    const heading = [...document.querySelectorAll('section.weakest h4')].find((h) =>
      text(h).includes('loopbaanperspectief'),
    );
    expect(heading).toBeDefined();
    const block: Element[] = [];
    for (
      let node = heading?.nextElementSibling;
      node && node.tagName !== 'H4';
      node = node.nextElementSibling
    )
      block.push(node);
    const note = text(block.find((node) => node.classList.contains('hint')));
    expect(note).toContain('Wensen over salaris of contracturen horen bij arbeidsvoorwaarden');
    const ideas = block.flatMap((node) => [...node.querySelectorAll('.idea-list li')].map(text));
    expect(ideas.length).toBeGreaterThan(0);
    for (const idea of ideas) expect(idea).not.toMatch(/salaris|verdien/i);
    const solution = block.find((node) => node.classList.contains('bridge-solution'));
    expect(text(solution)).not.toMatch(/salaris|verdien/i);
    const link = block
      .flatMap((node) => [...node.querySelectorAll('a')])
      .find((a) => text(a).startsWith('Alle '));
    expect(text(link)).toMatch(/^Alle \d+ ideeën over ontwikkeling en loopbaan$/);
  });
});
