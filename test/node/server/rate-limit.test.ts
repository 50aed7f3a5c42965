import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { clientKey, clientOf } from '../../../src/node/server/client-address.js';
import { RateLimiter } from '../../../src/node/server/rate-limit.js';

describe('token buckets per client', () => {
  it('lets a burst through, then refuses with the seconds until one is back', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, perSecond: 0.5 }, { now: () => now });
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(limiter.take('b').ok).toBe(true);
    now += 1_000;
    expect(limiter.check('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    now += 1_000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });

  it('keeps at most maxClients buckets, forgetting the least recently used', () => {
    const limiter = new RateLimiter({ burst: 1, perSecond: 1 }, { now: () => 0, maxClients: 2 });
    limiter.take('a');
    limiter.take('b');
    limiter.take('a');
    limiter.take('c');
    expect(limiter.size).toBe(2);
    expect(limiter.check('a').ok).toBe(false); // still known: used recently
    expect(limiter.check('b').ok).toBe(true); // forgotten: a full bucket again
  });
});

describe('who a client is', () => {
  it('groups IPv6 by /64 and unwraps IPv4-mapped addresses', () => {
    expect(clientKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002:ffff:0:0:1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(clientKey('192.0.2.1')).toBe('192.0.2.1');
  });

  async function seen(peer: string | undefined, forwarded: string | undefined, trusted: string[]) {
    const app = new Hono();
    app.get('/', (c) => c.text(String(clientOf(c, trusted))));
    const env = peer === undefined ? undefined : { incoming: { socket: { remoteAddress: peer } } };
    const headers: Record<string, string> = forwarded ? { 'X-Forwarded-For': forwarded } : {};
    return (await app.request('/', { headers }, env)).text();
  }

  it('is the socket peer; X-Forwarded-For counts only from a trusted proxy, read from the right', async () => {
    expect(await seen('192.0.2.1', '203.0.113.9', [])).toBe('192.0.2.1');
    expect(await seen('192.0.2.1', '203.0.113.9', ['127.0.0.1'])).toBe('192.0.2.1');
    expect(await seen('127.0.0.1', '203.0.113.9', ['127.0.0.1'])).toBe('203.0.113.9');
    // A visitor's own header stands to the left of what the proxy adds.
    expect(await seen('127.0.0.1', '1.1.1.1, 203.0.113.9', ['127.0.0.1'])).toBe('203.0.113.9');
    expect(await seen('::ffff:127.0.0.1', '203.0.113.9, 127.0.0.1', ['127.0.0.1'])).toBe('203.0.113.9');
    expect(await seen('127.0.0.1', undefined, ['127.0.0.1'])).toBe('127.0.0.1');
    expect(await seen(undefined, '203.0.113.9', ['127.0.0.1'])).toBe('undefined');
  });
});

describe('the default limits', () => {
  it('allow 10 failed sign-ins then one per 6 s, and 30 reads a second with a burst of 300', async () => {
    const { serverConfig } = await import('../../../src/node/server/server-config.js');
    const config = serverConfig({ indexConfig: undefined });
    expect(config.authFailureLimit).toEqual({ burst: 10, perSecond: 1 / 6 });
    expect(config.readLimit).toEqual({ burst: 300, perSecond: 30 });
    expect(serverConfig({ readLimit: undefined }).readLimit).toBeUndefined();
  });
});
