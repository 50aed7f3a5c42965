import { describe, expect, it } from 'vitest';
import { profileBackOf } from '../../../src/core/ideas/profile-back.js';

describe('the way back to the profile an idea was opened from', () => {
  const profiles = { doktersassistenten: 'Doktersassistenten', 'helpenden-niveau-2': 'Helpenden (niveau 2)' };

  it('names a profile of the page by its slug', () => {
    expect(profileBackOf('doktersassistenten', profiles)).toEqual({
      slug: 'doktersassistenten',
      name: 'Doktersassistenten',
    });
    expect(profileBackOf('helpenden-niveau-2', profiles)?.name).toBe('Helpenden (niveau 2)');
  });

  it('names nothing for what is not a slug of the page', () => {
    for (const van of [
      null,
      '',
      'onbekend',
      'Doktersassistenten',
      '__proto__',
      'constructor',
      '../x',
      'a--b',
    ])
      expect(profileBackOf(van, profiles), String(van)).toBeNull();
  });
});
