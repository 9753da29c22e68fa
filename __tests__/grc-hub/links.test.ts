// Links from the hub: the target's page on the hub's own host, and links inside the hub's text.
import { describe, expect, it } from 'vitest';
import { hubPageUrl, isOnHub, LINK_REMOVED, withoutForeignLinks } from '../../src/facts/grc-hub/links.ts';

describe('the hub page of a target', () => {
  it('is https on one of the two grc.store hosts, for plain names only', () => {
    expect(hubPageUrl('hub.grc.store', { namespace: 'acme', id: 'widget' })).toBe('https://hub.grc.store/v1/targets/acme/widget');
    expect(hubPageUrl('hub.preview.grc.store', { namespace: 'acme', id: 'w.x-1' })).toBe('https://hub.preview.grc.store/v1/targets/acme/w.x-1');
    expect(hubPageUrl('127.0.0.1:8080', { namespace: 'acme', id: 'widget' })).toBeNull();
    expect(hubPageUrl('hub.grc.store', { namespace: 'acme', id: '../admin' })).toBeNull();
    expect(hubPageUrl('hub.grc.store', { namespace: 'a b', id: 'widget' })).toBeNull();
  });

  it('isOnHub: https, the hub itself, no port or credentials', () => {
    expect(isOnHub('https://hub.grc.store/v1/targets/acme/widget', 'hub.grc.store')).toBe(true);
    expect(isOnHub('http://hub.grc.store/v1/targets/acme/widget', 'hub.grc.store')).toBe(false);
    expect(isOnHub('https://hub.grc.store.evil.example/x', 'hub.grc.store')).toBe(false);
    expect(isOnHub('https://evil.example/?hub.grc.store', 'hub.grc.store')).toBe(false);
    expect(isOnHub('https://user@hub.grc.store/x', 'hub.grc.store')).toBe(false);
    expect(isOnHub('https://hub.grc.store:8443/x', 'hub.grc.store')).toBe(false);
    expect(isOnHub('https://hub.preview.grc.store/x', 'hub.grc.store')).toBe(false);
    expect(isOnHub('https://evil.example/x', 'evil.example')).toBe(false); // not a grc.store hub
    expect(isOnHub('not a url', 'hub.grc.store')).toBe(false);
  });
});

describe('links in the hub\'s text', () => {
  const hub = 'hub.grc.store';
  it('keeps links on the hub and removes every other', () => {
    expect(withoutForeignLinks('no links here', hub)).toBe('no links here');
    expect(withoutForeignLinks('see https://hub.grc.store/v1/targets/a/b.', hub)).toBe('see https://hub.grc.store/v1/targets/a/b.');
    expect(withoutForeignLinks('see https://evil.example/x.', hub)).toBe(`see ${LINK_REMOVED}`);
    expect(withoutForeignLinks('HTTPS://EVIL.example and www.evil.example/a', hub)).toBe(`${LINK_REMOVED} and ${LINK_REMOVED}`);
    expect(withoutForeignLinks('javascript://%0aalert(1) ftp://x http://hub.grc.store/a', hub)).toBe(`${LINK_REMOVED} ${LINK_REMOVED} ${LINK_REMOVED}`);
    expect(withoutForeignLinks('(https://hub.grc.store/a) https://hub.grc.store.evil.example', hub)).toBe(`(https://hub.grc.store/a) ${LINK_REMOVED}`);
    expect(withoutForeignLinks('a://b://c', hub)).toBe(LINK_REMOVED);
  });

  it('takes time in proportion to the text, for text built to be slow', () => {
    for (const text of ['a'.repeat(100_000) + '://', ':// '.repeat(30_000), 'www.'.repeat(30_000), ')'.repeat(50_000) + 'https://x']) {
      const t0 = performance.now();
      withoutForeignLinks(text, hub);
      expect(performance.now() - t0).toBeLessThan(1_000);
    }
  });
});
