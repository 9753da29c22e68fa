// CRA Readiness check (2) on a shape met in a real repository (a minimal equivalent we wrote): a
// contribution guide's "Development practices" section about code style is not secure development.
import { describe, expect, it } from 'vitest';
import { evaluateCraReadiness } from '../../src/objectives/cra-readiness.ts';
import { evaluateTree, makeControls } from './helpers.ts';

const check = (files: Record<string, string>) =>
  evaluateTree(files).then(({ facts }) => evaluateCraReadiness(facts, makeControls(1)).checks.find((c) => c.id === 'contributing-links-secure-development'));

describe('CRA Readiness (2): the contributing guide and secure development practices', () => {
  it('a "Development practices" section that asks for private APIs and debug logging does not count', async () => {
    const c = await check({
      'CONTRIBUTING.md':
        '# Contributing\n\n## Development practices\n\nKeep the APIs private: prefix new modules with an underscore. Keep the command line consistent with similar tools, and log at debug level early and often.\n',
    });
    expect(c?.status).toBe('fail');
  });
  it('a "Development practices" section about security does', async () => {
    const c = await check({
      'CONTRIBUTING.md': '# Contributing\n\n## Development practices\n\nEvery change is reviewed, CodeQL runs on each pull request, and dependencies are pinned and updated by Dependabot.\n',
    });
    expect(c).toMatchObject({ status: 'pass', evidence: [{ path: 'CONTRIBUTING.md', line: 3 }] });
  });
});
