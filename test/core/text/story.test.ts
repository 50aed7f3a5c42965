import { describe, expect, it } from 'vitest';
import { certaintyStory, sensitivityStory } from '../../../src/core/text/story.js';
import { exampleAnalysis } from '../../support/example-analysis.js';
import { expectFinishedTexts } from './catalogue.js';

describe('story', () => {
  it('tells the certainty and the sensitivity of the example in finished Dutch', async () => {
    const result = await exampleAnalysis();
    const certainty = certaintyStory(result, 0.6, 0.9);
    const sensitivity = sensitivityStory(result);
    expect(expectFinishedTexts({ certainty, sensitivity })).toBeGreaterThan(1);
  });
});
