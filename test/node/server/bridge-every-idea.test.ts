/**
 * The bridge on a profile weighs the ideas its relevance would find among all visible ideas, whether
 * they carry a concept's theme or a word a prefix query finds (ideas-bridge.ts): on the example data, for
 * every example profile, the server's candidates select what all visible ideas select (the judged and
 * held-out sets read them all). And audit 7 finding 6: the block of loopbaanperspectief on
 * huishoudelijke hulpen lists what its note describes, no pay wishes, and its link names that set.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { weakComponents } from '../../../src/core/analysis/weak-components.js';
import { WEAKEST_COUNT } from '../../../src/core/analysis/weakest-components.js';
import { BRIDGE } from '../../../src/core/contract/bridge-config.js';
import { selectBridgeIdeas, type BridgeCandidate } from '../../../src/core/ideas/bridge-selection.js';
import { branchesOf, knownProfession } from '../../../src/node/server/bridge-ideas.js';
import { shownVersion } from '../../../src/node/store/datasets.js';
import { testAppPerFile } from './app-fixture.js';

const t = testAppPerFile();

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the bridge on the server', () => {
  it('selects on every example profile what all visible ideas select', async () => {
    const version = await shownVersion(t.db);
    if (version === undefined) throw new Error('no example dataset');
    const { result } = await t.services.analyses.get(version);
    const { rows: all } = await t.db.query<BridgeCandidate>(
      `SELECT id, text, public_themes AS themes, public_branch AS branch,
         public_profession AS profession, example FROM ideas WHERE NOT hidden ORDER BY id`,
    );
    let compared = 0;
    for (const profession of result.professions) {
      const components = weakComponents(result, profession)
        .clear.slice(0, WEAKEST_COUNT)
        .map((gap) => gap.indicator);
      if (components.length === 0) continue;
      const concepts = components.flatMap((id) => (BRIDGE.concepts[id] ? [BRIDGE.concepts[id]] : []));
      const preferBranches = branchesOf(profession.name);
      const select = (candidates: readonly BridgeCandidate[]) =>
        selectBridgeIdeas({
          components,
          concepts: BRIDGE.concepts,
          candidates,
          preferBranches,
          profession: knownProfession(profession.name),
          writer: preferBranches.length > 0 ? null : profession.name,
        });
      expect(select(await t.services.ideas.bridge(concepts)), profession.name).toEqual(select(all));
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
  });

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
