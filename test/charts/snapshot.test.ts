import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { matchSnapshot, normaliseSvg, OUTPUT_DIR } from './snapshot.js';

const NAME = 'harness-self-test';
const cleanup = () => {
  for (const file of [`${OUTPUT_DIR}${NAME}.svg`, `${OUTPUT_DIR}${NAME}-changed.svg`])
    if (existsSync(file)) unlinkSync(file);
};

describe('golden snapshot harness', () => {
  afterEach(cleanup);

  it('rounds numbers to two decimals and renumbers generated ids with their references', () => {
    const svg =
      '<svg><clipPath id="wb-x-7"><rect x="1.23456"/></clipPath><g clip-path="url(#wb-x-7)" transform="translate(0.004,-0.001)"/></svg>';
    expect(normaliseSvg(svg)).toBe(
      '<svg><clipPath id="id-1"><rect x="1.23"/></clipPath><g clip-path="url(#id-1)" transform="translate(0,0)"/></svg>\n',
    );
  });

  it('creates a missing snapshot locally but reports it missing in CI', () => {
    expect(matchSnapshot(NAME, '<svg/>', { CI: 'true' }).status).toBe('missing');
    expect(existsSync(`${OUTPUT_DIR}${NAME}.svg`)).toBe(false);
    expect(matchSnapshot(NAME, '<svg/>', {}).status).toBe('created');
    expect(matchSnapshot(NAME, '<svg/>', {}).status).toBe('same');
  });

  it('writes <name>-changed.svg on a mismatch and removes it once the output matches again', () => {
    writeFileSync(`${OUTPUT_DIR}${NAME}.svg`, '<svg><rect width="1"/></svg>\n');
    const outcome = matchSnapshot(NAME, '<svg><rect width="2"/></svg>', {});
    expect(outcome.status).toBe('changed');
    expect(readFileSync(`${OUTPUT_DIR}${NAME}-changed.svg`, 'utf8')).toContain('width="2"');
    expect(matchSnapshot(NAME, '<svg><rect width="1"/></svg>', {}).status).toBe('same');
    expect(existsSync(`${OUTPUT_DIR}${NAME}-changed.svg`)).toBe(false);
  });
});
