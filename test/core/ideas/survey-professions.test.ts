import { describe, expect, it } from 'vitest';
import type { Warning } from '../../../src/core/contract/problems.js';
import type { Idea } from '../../../src/core/ideas/idea.js';
import { publishableLabels } from '../../../src/core/ideas/known-labels.js';
import { normaliseIdeaRow } from '../../../src/core/ideas/normalise-row.js';
import {
  adoptSurveyProfessions,
  surveyProfessionLabels,
} from '../../../src/core/ideas/survey-professions.js';

/** An idea read from a row with `profession`, with the warnings the import gives it. */
function read(profession: string): { idea: Idea; warnings: Warning[] } {
  const result = normaliseIdeaRow('ideeen.csv', {
    row: 2,
    cells: {
      id: { value: `id-${profession.length}`, column: 'id' },
      text: { value: 'Een vaste invalpool in de regio.', column: 'tekst' },
      profession: { value: profession, column: 'beroep' },
    },
  });
  if (!result.draft) throw new Error('row refused');
  return { idea: result.draft as Idea, warnings: [...result.warnings] };
}

describe('professions of the stored survey tables', () => {
  it('are the names the contract does not know, once each; its aliases stay its own', () => {
    expect(
      surveyProfessionLabels([
        'Ambulanceverpleegkundigen',
        'Kraamverzorgenden',
        'Huisartsen',
        ' Ambulanceverpleegkundigen ',
        'Diëtisten',
      ]),
    ).toEqual(['Ambulanceverpleegkundigen', 'Diëtisten']);
  });

  it('are publishable labels', () => {
    const sets = publishableLabels([], undefined, ['Ambulanceverpleegkundigen']);
    expect(sets.profession.has('Ambulanceverpleegkundigen')).toBe(true);
    expect(publishableLabels().profession.has('Ambulanceverpleegkundigen')).toBe(false);
  });

  it('take the table’s spelling and drop the "unknown" warning, with no suggestion of another profession', () => {
    const { idea, warnings } = read('ambulance-verpleegkundigen');
    expect(warnings.map((w) => w.message).join()).toContain('onbekend beroep');
    const adopted = adoptSurveyProfessions([idea], warnings, ['Ambulanceverpleegkundigen']);
    expect(adopted.ideas[0]?.profession).toBe('Ambulanceverpleegkundigen');
    expect(adopted.warnings).toEqual([]);
  });

  it('leave a name no table holds unknown, with its warning', () => {
    const { idea, warnings } = read('Ambulancechauffeurs');
    const adopted = adoptSurveyProfessions([idea], warnings, ['Ambulanceverpleegkundigen']);
    expect(adopted.ideas[0]?.profession).toBe('Ambulancechauffeurs');
    expect(adopted.warnings).toHaveLength(1);
  });
});
