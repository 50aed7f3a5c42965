import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, siteText } from '../../../src/core/text/site-text.js';
import { expectFinishedTexts } from './catalogue.js';

describe('site text', () => {
  it('names every menu item and formats versions in Dutch', () => {
    expectFinishedTexts({ NAV_ITEMS, siteText });
    expect(new Set(NAV_ITEMS.map((item) => item.path)).size).toBe(NAV_ITEMS.length);
    expect(siteText.errorTitle(404)).toBe('Pagina niet gevonden');
    expect(siteText.errorTitle(500)).toBe('Er ging iets mis');
    expect(siteText.datasetLine('Enquête', 1200)).toBe('Enquête (versie 1.200)');
  });
});
