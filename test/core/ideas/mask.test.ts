import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passesElevenTest } from '../../../src/core/ideas/bsn.js';
import { maskPersonalData } from '../../../src/core/ideas/mask.js';
import { validBsn } from '../../support/bsn.js';

describe('privacy masking', () => {
  it('replaces e-mail addresses', () => {
    const { text, masked } = maskPersonalData(
      'Mail j.de.vries@zorg-groep.nl of info@www.voorbeeld.nl gerust.',
    );
    expect(text).toBe('Mail [e-mailadres] of [e-mailadres] gerust.');
    expect(masked).toEqual({ email: 2 });
  });

  it.each([
    '06-12345678',
    '06 12345678',
    '0612345678',
    '06 1234 5678',
    '+31 6 12345678',
    '+31612345678',
    '0031 6 12345678',
    '020-1234567',
    '010 123 4567',
    '(020) 123 4567',
    '+31 (0)20 123 4567',
    '0800-1234',
  ])('replaces the phone number %s', (phone) => {
    const { text, masked } = maskPersonalData(`Bel mij op ${phone} na vijven.`);
    expect(text).toBe('Bel mij op [telefoonnummer] na vijven.');
    expect(masked).toEqual({ phone: 1 });
  });

  it.each(['123456782', '1234.56.782', '123.456.782', '123 456 782'])('replaces the BSN %s', (bsn) => {
    const { text, masked } = maskPersonalData(`Cliënt met BSN ${bsn} werd gemist.`);
    expect(text).toBe('Cliënt met BSN [BSN] werd gemist.');
    expect(masked).toEqual({ bsn: 1 });
  });

  it('replaces links with and without a scheme, keeping the sentence end', () => {
    const { text, masked } = maskPersonalData(
      'Zie https://intranet.zorg.nl/rooster?week=3. Of www.voorbeeld.nl, toch?',
    );
    expect(text).toBe('Zie [link]. Of [link], toch?');
    expect(masked).toEqual({ url: 2 });
  });

  it('leaves ordinary numbers, years, amounts and times alone', () => {
    const sample =
      'In 2024 werkten 12 collega’s 36 uur; € 1.250 per maand; om 07:30 begint de dienst; 123456781.';
    expect(maskPersonalData(sample)).toEqual({ text: sample, masked: {} });
  });

  it('masks every number that passes the eleven test (property)', () => {
    fc.assert(
      fc.property(
        validBsn,
        (bsn) => maskPersonalData(`nummer ${bsn} genoteerd`).text === 'nummer [BSN] genoteerd',
      ),
    );
  });

  it('leaves 9-digit numbers that fail the eleven test (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{8}$/).filter((digits) => !passesElevenTest(digits)),
        (digits) => maskPersonalData(`nummer ${digits} genoteerd`).text === `nummer ${digits} genoteerd`,
      ),
    );
  });

  it.each(['a 12345678901234567890', 'pg_wal/000000010000000000000001', 'code 999999999999999999 ok'])(
    'does not crash on a run of 18 or more digits: %s (found in session 29)',
    (text) => {
      expect(maskPersonalData(text).text).toBe(text);
    },
  );
});
