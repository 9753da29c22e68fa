// Properties of the readers added for issue 10 on arbitrary input: the Makefile reader, the command
// follower and the data flow through a privileged workflow never throw and stay fast.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { analyzeWorkflows } from '../../src/facts/workflows/index.ts';
import { parseMakefile } from '../../src/facts/workflows/makefile.ts';
import { memorySource } from './helpers.ts';

const MAKE_PIECES = ['test:', ' a b', '\n', '\t', 'go test ./...', '$(MAKE) ', '-C sub ', 'X = $(X)', '${Y}', ':=', '::', ';', '|', '\\', '#', 'define D', 'endef', 'ifeq (a,b)', 'endif', '%.o: %.c', 'include x.mk', '.PHONY: test'];
const SCRIPT_PIECES = ['echo "', 'sha=', '${{ github.event.pull_request.head.sha }}', '${{ steps.s.outputs.sha }}', '${{ needs.a.outputs.r }}', '${{ env.R }}', '" >> "$GITHUB_OUTPUT"', ' >> $GITHUB_ENV', '$R', 'R=', '$(gh pr view 1 --json headRefOid)', 'git fetch origin ', 'git checkout ', 'make test', 'npm test', '\n', '\\\n', ' && ', '; ', '::set-output name=', '::', '<<EOF'];

test('parseMakefile never throws and answers quickly', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...MAKE_PIECES), { maxLength: 60 }), fc.string({ maxLength: 30 }), (parts, noise) => {
      const started = performance.now();
      const mk = parseMakefile(parts.join('') + noise);
      expect(mk.rules).toBeInstanceOf(Map);
      expect(performance.now() - started).toBeLessThan(500);
    }),
    { numRuns: 300 },
  );
});

test('a privileged workflow with arbitrary scripts, outputs and Makefiles: no throw, bounded time', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...SCRIPT_PIECES), { maxLength: 40 }),
      fc.array(fc.constantFrom(...MAKE_PIECES), { maxLength: 40 }),
      (script, make) => {
        const run = script.join('').split('\n').map((l) => `          ${l}`).join('\n');
        const wf = [
          'on: [pull_request_target, push, pull_request]',
          'permissions: {}',
          'env: { R: "${{ needs.a.outputs.r }}" }',
          'jobs:',
          '  a:',
          '    needs: b',
          '    runs-on: x',
          '    outputs: { r: "${{ steps.s.outputs.sha }}" }',
          '    steps:',
          '      - id: s',
          '        run: |',
          run,
          '  b:',
          '    needs: a',
          '    runs-on: x',
          '    outputs: { r: "${{ needs.a.outputs.r }}" }',
          '    steps:',
          '      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11',
          '        with: { ref: "${{ env.R }}" }',
          '      - run: |',
          run,
        ].join('\n');
        const started = performance.now();
        const facts = analyzeWorkflows(memorySource({ '.github/workflows/w.yml': wf, Makefile: make.join(''), 'package.json': '{"scripts":{"test":"make test"}}' }), { repository: 'o/r' });
        expect(Array.isArray(facts.findings)).toBe(true);
        expect(performance.now() - started).toBeLessThan(2000);
      },
    ),
    { numRuns: 200 },
  );
});
