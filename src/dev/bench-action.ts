// The action end to end on this repository as the runner runs it (dist/index.js with INPUT_*
// variables): evaluation, job summary, SARIF, signing with the real @sigstore/sign against the fake
// Fulcio, Rekor and TSA, and upload through the real @actions/artifact client to the loopback
// results service; against the evaluation alone (`slam evaluate --offline` on the same clone), both
// measured in the same run. Goal (issue 11): ≤ 2× the evaluation alone.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeResultsService } from '../../__tests__/helpers/fake-results-service.ts';
import { startFakeSigstore } from '../../__tests__/helpers/fake-sigstore.ts';
import { runnerEnvironment } from '../../__tests__/helpers/run-dist.ts';
import { cpuSeconds, ratioRow, seconds } from './bench-table.ts';
import { COLD_ENV, evaluateArgs, measureAsync, summarise, type Measured } from './bench-measure.ts';

export async function benchAction(root: string, cli: string, runs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'slam-bench-action-'));
  const sig = await startFakeSigstore();
  const results = await FakeResultsService.start();
  try {
    // A clone, so that the result files the action writes land outside this checkout.
    const workspace = join(dir, 'repo');
    execFileSync('git', ['clone', '-q', '--no-hardlinks', root, workspace]);
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace, encoding: 'utf8' }).trim();
    const event = join(dir, 'push.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'security-slam/security-slam-action', id: 1, default_branch: 'main', fork: false } }));
    const as = { repository: 'security-slam/security-slam-action', ref: 'refs/heads/main', sha, eventName: 'push' };
    const action = join(cli, '..', 'index.js');
    const m: Record<'action' | 'evaluate', Measured[]> = { action: [], evaluate: [] };
    for (let i = 0; i < runs; i++) {
      const inputs = { 'github-token': '', offline: 'true', 'signing-config': sig.signingConfigPath, 'artifact-name': `bench-${i}` };
      const files = runnerEnvironment(workspace, inputs, { ...results.env(), ...sig.env(as), GITHUB_EVENT_PATH: event });
      const a = await measureAsync(process.execPath, [action], workspace, files.env);
      if (a.code !== 0 || !results.artifacts.has(`bench-${i}`)) throw new Error(`the action exited ${a.code} without uploading: ${a.stdout.slice(-800)} ${a.stderr.slice(-400)}`);
      m.action.push(a);
      // Cold, as the action runs on a runner (it keeps no compiled code: launch.ts).
      m.evaluate.push(await measureAsync(process.execPath, evaluateArgs(cli), workspace, COLD_ENV));
    }
    const action_ = summarise(m.action);
    const evaluation = summarise(m.evaluate);
    console.log(`action end to end on this repository, median of ${runs}: ${seconds(action_.ms)} wall, ${cpuSeconds(action_.cpuMs)}; evaluation alone ${seconds(evaluation.ms)} wall, ${cpuSeconds(evaluation.cpuMs)}`);
    ratioRow('this repository: the action end to end (evaluate, summary, SARIF, sign, upload), wall time', action_.ms, evaluation.ms, seconds, '`slam evaluate --offline`', 2);
  } finally {
    await sig.close();
    await results.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
