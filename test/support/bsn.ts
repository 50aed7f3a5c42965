import fc from 'fast-check';

/** Nine digits that pass the BSN eleven test: eight random digits, the ninth solved for (never all zeros). */
export const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((digits) => ({ digits, last: digits.reduce((s, d, i) => s + (9 - i) * d, 0) % 11 }))
  .filter(({ digits, last }) => last < 10 && !(last === 0 && digits.every((d) => d === 0)))
  .map(({ digits, last }) => `${digits.join('')}${last}`);
