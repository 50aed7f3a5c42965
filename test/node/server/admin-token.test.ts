import { describe, expect, it } from 'vitest';
import { bearerToken, requireAdmin, tokensMatch } from '../../../src/node/server/admin-token.js';
import { HttpProblem } from '../../../src/node/server/http-problem.js';

function status(fn: () => void): number | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as HttpProblem).status;
  }
}

describe('admin token', () => {
  it('matches only the same token, whatever the lengths', () => {
    expect(tokensMatch('geheim', 'geheim')).toBe(true);
    expect(tokensMatch('geheim', 'geheim ')).toBe(false);
    expect(tokensMatch('geheim', 'g')).toBe(false);
    expect(tokensMatch('geheim', 'x'.repeat(10_000))).toBe(false);
  });

  it('reads a bearer token from the Authorization header', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer  abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('allows no writes at all without a configured token: 403; 401 for a missing or wrong one', () => {
    expect(status(() => requireAdmin(undefined, 'iets'))).toBe(403);
    expect(status(() => requireAdmin('', 'iets'))).toBe(403);
    expect(status(() => requireAdmin('geheim', undefined))).toBe(401);
    expect(status(() => requireAdmin('geheim', 'fout'))).toBe(401);
    expect(status(() => requireAdmin('geheim', 'geheim'))).toBeUndefined();
  });
});
