// Objectives, next step and the level's source, as the bundled action and CLI show them.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, type TempRepo } from './helpers/repo.ts';
import { runAction, runCli } from './helpers/run-dist.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()?.cleanup();
});
function workspace(files: Record<string, string>) {
  const r = makeRepo(files, { git: true, remote: 'https://github.com/example/demo.git' });
  repos.push(r);
  return r.root;
}

describe('objectives in the action and the CLI', () => {
  it('sets one output per objective, objectives-met and next-step, and puts them at the top of the summary', () => {
    const ws = workspace({ 'README.md': '# Demo\n' });
    const run = runAction(ws, { offline: 'true', 'github-token': '' });
    expect(run.code).toBe(0);
    for (const id of ['cleaner', 'chronicler', 'inspector', 'mechanizer', 'defender', 'cra-readiness']) {
      expect(['met', 'partial', 'unmet', 'unknown']).toContain(run.outputs[`objective-${id}`]);
    }
    expect(run.outputs['objective-cleaner']).toBe('unmet');
    expect(run.outputs['objectives-met']).toBe('');
    expect(run.outputs['next-step']).toBe('cleaner');
    const s = run.summary;
    const objectivesAt = s.indexOf('| Cleaner | Chronicler | Inspector | Mechanizer | Defender | CRA Readiness |');
    const nextAt = s.indexOf('### Next step: Cleaner');
    const levelsAt = s.indexOf('| Level | Pass |');
    expect(objectivesAt).toBeGreaterThan(0);
    expect(nextAt).toBeGreaterThan(objectivesAt);
    expect(levelsAt).toBeGreaterThan(nextAt);
    expect(s.match(/### Next step/g)).toHaveLength(1);
    const result = JSON.parse(readFileSync(run.outputs['result-file'], 'utf8'));
    expect(result.nextStep.objective).toBe('cleaner');
    expect(result.nextStep.actions.length).toBeGreaterThan(0);
    expect(result.objectives.map((o: { id: string }) => o.id)).toEqual(['cleaner', 'chronicler', 'inspector', 'mechanizer', 'defender', 'cra-readiness']);
  });

  it('takes the level from .github/security-slam.yml unless the input sets it, and says which decided', () => {
    const ws = workspace({ 'README.md': '# Demo\n', '.github/security-slam.yml': 'foundation-maturity: incubating\n' });
    const fromConfig = runAction(ws, { offline: 'true', 'github-token': '', level: '' });
    expect(fromConfig.outputs.level).toBe('2');
    expect(fromConfig.summary).toContain("comes from the project's `security-slam.yml`");
    expect(JSON.parse(readFileSync(fromConfig.outputs['result-file'], 'utf8')).levelSource).toBe('config');
    const fromInput = runAction(ws, { offline: 'true', 'github-token': '', level: '3' });
    expect(fromInput.outputs.level).toBe('3');
    expect(JSON.parse(readFileSync(fromInput.outputs['result-file'], 'utf8')).levelSource).toBe('input');
    const plain = workspace({ 'README.md': '# Demo\n' });
    const cli = JSON.parse(runCli(['evaluate', plain, '--offline', '-f', 'json']).stdout);
    expect(cli.level).toBe(1);
    expect(cli.levelSource).toBe('default');
  });

  it('shows the objectives and the one next step in the terminal', () => {
    const ws = workspace({ 'README.md': '# Demo\n' });
    const r = runCli(['evaluate', ws, '--offline']);
    expect(r.stdout).toMatch(/Objectives: Cleaner unmet · Chronicler \w+ · Inspector \w+ · Mechanizer \w+ · Defender \w+ · CRA Readiness \w+/);
    expect(r.stdout.match(/Next step:/g)).toHaveLength(1);
  });
});
