/**
 * The eleven test of the Dutch citizen service number (BSN): for digits d1…d9,
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 must be a multiple of 11. All zeros is not a number anyone has.
 */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}
