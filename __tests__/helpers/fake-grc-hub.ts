// A fake of the grc.store hub's public read API on 127.0.0.1 (random port), for tests:
//   GET /v1/targets/{namespace}/{id}                              -> { versions: [{ version, latest }] }
//   GET /v1/catalogs/{namespace}/{id}/versions/{version}          -> a Gemara EvaluationLog
// Each scenario is a target under the `acme` namespace. The logs are built here in the shape the
// Privateer scanner writes (one evaluation per control, applicability maturity-N, Not Run above
// the scan's level and for retired ids), independently of our own Gemara export.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { REQUIREMENTS, RETIRED_REQUIREMENTS, type Level } from '../../src/catalog/catalog.ts';

type Result = 'Passed' | 'Failed' | 'Needs Review' | 'Not Applicable' | 'Not Run' | 'Unknown';

export interface LogOverride {
  result: Result;
  message?: string;
}

export interface PrivateerLogOptions {
  level: Level;
  overrides?: Record<string, LogOverride>;
  /** `maturity` (current) or `Maturity Level N` (older scans). */
  labels?: 'maturity' | 'words';
  runAt: string;
}

const DAY = 24 * 60 * 60 * 1000;

/** An EvaluationLog as the Privateer OSPS Baseline scanner writes it, at `level`. */
export function privateerLog(o: PrivateerLogOptions): Record<string, unknown> {
  const label = (l: number) => (o.labels === 'words' ? `Maturity Level ${l}` : `maturity-${l}`);
  const rows = [
    ...REQUIREMENTS.map((r) => ({ id: r.id, control: r.control, levels: r.listedLevels as number[], lowest: r.level as number })),
    ...RETIRED_REQUIREMENTS.map((r) => ({ id: r.id, control: r.control, levels: [1, 2, 3], lowest: 0 })),
  ].sort((a, b) => (a.id < b.id ? -1 : 1));
  const byControl = new Map<string, Record<string, unknown>[]>();
  const rank: Record<Result, number> = { 'Not Run': 0, 'Not Applicable': 1, Passed: 2, 'Needs Review': 3, Unknown: 4, Failed: 5 };
  let overall: Result = 'Not Run';
  for (const r of rows) {
    const retired = r.lowest === 0;
    const run = !retired && r.lowest <= o.level;
    const override = o.overrides?.[r.id];
    const result: Result = !run ? 'Not Run' : (override?.result ?? 'Passed');
    if (rank[result] > rank[overall]) overall = result;
    const message = retired ? 'This is a retired control identifier, logged here for visibility only' : run ? (override?.message ?? `${r.id} looks fine`) : '';
    const log: Record<string, unknown> = {
      requirement: { 'reference-id': 'osps-baseline', 'entry-id': r.id },
      description: `Assessment of ${r.id}`,
      result,
      message,
      applicability: r.levels.map(label),
      steps: ['github.com/privateerproj/privateer-sdk/pluginkit.adaptTypedSteps[...].func1'],
    };
    if (run || retired) Object.assign(log, { 'steps-executed': 1, start: o.runAt, end: o.runAt });
    const list = byControl.get(r.control) ?? [];
    list.push(log);
    byControl.set(r.control, list);
  }
  return {
    metadata: {
      id: 'widget_osps-baseline',
      type: 'EvaluationLog',
      'gemara-version': 'v1.0.0',
      date: o.runAt,
      description: "Privateer evaluation of service 'widget' against control catalog 'osps-baseline'",
      author: { id: 'openssf/github-repo', name: 'github-repo', type: 'Software', version: '0.29.0', uri: 'https://github.com/ossf/pvtr-github-repo-scanner' },
    },
    result: overall,
    evaluations: [...byControl].map(([control, logs]) => ({
      name: `Control ${control}\n`,
      result: logs.reduce<Result>((w, l) => (rank[l.result as Result] > rank[w] ? (l.result as Result) : w), 'Not Run'),
      message: '',
      control: { 'reference-id': 'osps-baseline', 'entry-id': control },
      'assessment-logs': logs,
    })),
  };
}

/** How one target (and its log) answers. */
export type Scenario =
  | { kind: 'published'; result: 'Passed' | 'Failed'; runAt: string; log: Record<string, unknown> | null; extra?: Record<string, unknown>; logStatus?: number; logCoordinates?: Record<string, unknown> }
  | { kind: 'status'; status: number; body?: string }
  | { kind: 'stall' }
  | { kind: 'huge'; bytes: number; declared: boolean }
  | { kind: 'raw'; body: string; contentType?: string };

export const SCENARIO_NAMES = ['fresh', 'stale', 'failing', 'review', 'lower', 'level2', 'missing', 'broken', 'stalled', 'huge', 'huge-declared', 'malformed', 'no-log', 'hostile'] as const;

/** The scenarios of the issue, dated relative to `now`. */
export function standardScenarios(now: Date): Record<string, Scenario> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const counts = (log: Record<string, unknown>) => {
    const out: Record<string, number> = {};
    for (const e of log.evaluations as { 'assessment-logs': { result: string }[] }[]) {
      for (const a of e['assessment-logs']) {
        const key = a.result.toLowerCase().replace(/ /g, '_');
        out[key] = (out[key] ?? 0) + 1;
      }
    }
    return out;
  };
  const published = (result: 'Passed' | 'Failed', days: number, log: Record<string, unknown>): Scenario => ({ kind: 'published', result, runAt: ago(days), log, extra: { counts: counts(log) } });
  const fresh = privateerLog({ level: 1, runAt: ago(2) });
  return {
    fresh: published('Passed', 2, fresh),
    stale: published('Passed', 45, privateerLog({ level: 1, runAt: ago(45) })),
    failing: published(
      'Failed',
      3,
      privateerLog({
        level: 1,
        runAt: ago(3),
        overrides: {
          'OSPS-DO-02.01': { result: 'Failed', message: 'Repository does not accept vulnerability reports' },
          'OSPS-VM-02.01': { result: 'Failed', message: 'Security contacts were not specified in Security Insights data' },
        },
      }),
    ),
    review: published('Failed', 1, privateerLog({ level: 2, runAt: ago(1), overrides: { 'OSPS-AC-03.01': { result: 'Needs Review', message: 'Branch protection could not be read with the job token' } } })),
    lower: published('Passed', 4, privateerLog({ level: 1, runAt: ago(4), labels: 'words' })),
    level2: published('Passed', 4, privateerLog({ level: 2, runAt: ago(4) })),
    missing: { kind: 'status', status: 404, body: '{"error":"target not found"}' },
    broken: { kind: 'status', status: 500, body: '{"error":"internal"}' },
    stalled: { kind: 'stall' },
    huge: { kind: 'huge', bytes: 5 * 1024 * 1024 + 1024, declared: false },
    'huge-declared': { kind: 'huge', bytes: 5 * 1024 * 1024 + 1024, declared: true },
    malformed: { kind: 'raw', body: '{"versions": [{"latest": {"result": "Passed", "run_at": ' },
    'no-log': { kind: 'published', result: 'Passed', runAt: ago(2), log: fresh, logStatus: 404 },
    hostile: {
      kind: 'published',
      result: 'Failed',
      runAt: ago(2),
      extra: { counts: { passed: 20, failed: 1, '\u001b[31mred\u001b[0m': 2, bogus: -1, big: 1e12, str: '3' }, unexpected: { nested: [1, 2, 3] } },
      log: privateerLog({
        level: 1,
        runAt: ago(2),
        overrides: {
          'OSPS-QA-01.01': { result: 'Failed', message: `<script>alert(1)</script>\u0007\u202e ${'x'.repeat(5000)}` },
          'OSPS-QA-02.01': { result: 'Failed', message: 'See https://evil.example/phish, www.evil.example and https://hub.grc.store/v1/targets/acme/hostile.' },
        },
      }),
    },
  };
}

export interface HubRequest {
  path: string;
  at: number;
}

export class FakeGrcHub {
  readonly requests: HubRequest[] = [];
  readonly baseUrl: string;
  readonly scenarios: Record<string, Scenario>;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();

  private constructor(server: Server, baseUrl: string, scenarios: Record<string, Scenario>) {
    this.server = server;
    this.baseUrl = baseUrl;
    this.scenarios = scenarios;
  }

  static async start(scenarios: Record<string, Scenario>): Promise<FakeGrcHub> {
    const holder: { hub?: FakeGrcHub } = {};
    const server = createServer((req, res) => {
      if (holder.hub) holder.hub.handle(req, res);
      else res.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const hub = new FakeGrcHub(server, `http://127.0.0.1:${port}`, scenarios);
    holder.hub = hub;
    server.on('connection', (s) => {
      hub.sockets.add(s);
      s.on('close', () => hub.sockets.delete(s));
    });
    return hub;
  }

  /** Paths asked for, in order. */
  paths(): string[] {
    return this.requests.map((r) => r.path);
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? '/';
    this.requests.push({ path, at: Date.now() });
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return json(405, { error: 'method not allowed' });
    let m = /^\/v1\/targets\/acme\/([^/?]+)$/.exec(path);
    if (m) {
      const s = this.scenarios[decodeURIComponent(m[1])];
      if (!s) return json(404, { error: 'target not found' });
      return this.target(decodeURIComponent(m[1]), s, res);
    }
    m = /^\/v1\/catalogs\/acme\/([^/]+)-osps-baseline\/versions\/([^/?]+)$/.exec(path);
    if (m) {
      const s = this.scenarios[decodeURIComponent(m[1])];
      if (!s || s.kind !== 'published' || !s.log) return json(404, { error: 'log not found' });
      if (s.logStatus) return json(s.logStatus, { error: 'log unavailable' });
      return json(200, s.log);
    }
    json(404, { error: 'no such route' });
  }

  private target(name: string, s: Scenario, res: ServerResponse): void {
    switch (s.kind) {
      case 'published': {
        const version = `1.0.0-${s.runAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
        const latest = { result: s.result, run_at: s.runAt, log_namespace: 'acme', log_id: `${name}-osps-baseline`, log_version: version, ...s.logCoordinates, ...s.extra };
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ namespace: 'acme', id: name, verified: true, versions: [{ version: '1.0.0', latest }, { version: '0.9.0', latest: null }] }));
        return;
      }
      case 'status':
        res.writeHead(s.status, { 'content-type': 'application/json' });
        res.end(s.body ?? '');
        return;
      case 'stall':
        // Headers and the start of a body, then nothing until the client gives up.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"versions": [');
        return;
      case 'huge': {
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        res.writeHead(200, { 'content-type': 'application/json', ...(s.declared ? { 'content-length': String(s.bytes) } : {}) });
        let sent = 0;
        const pump = () => {
          while (sent < s.bytes) {
            const n = Math.min(chunk.length, s.bytes - sent);
            sent += n;
            if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => {});
        pump();
        return;
      }
      case 'raw':
        res.writeHead(200, { 'content-type': s.contentType ?? 'application/json' });
        res.end(s.body);
        return;
    }
  }
}
