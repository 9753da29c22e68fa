// Encrypted channels (OSPS-BR-03.01 / 03.02). Channels are the URLs the project lists: Security
// Insights fields that name project channels, and README links whose text names the website,
// documentation or downloads. Any `http://`, `ftp://` or `git://` channel fails on its line
// (loopback addresses are ignored).
import { documentsOf } from '../../facts/documents.ts';
import type { Facts } from '../../facts/types.ts';
import type { Evidence } from '../../model/evidence.ts';
import { fail, type Outcome, pass } from '../types.ts';
import { capEvidence, fileEvidence } from './evidence.ts';
import { insightsEvidence, insightsField } from './insights.ts';

export interface Channel {
  uri: string;
  evidence: Evidence;
}

export function siStringChannel(facts: Facts, field: string): Channel | null {
  const f = insightsField(facts, field);
  if (!f || typeof f.value !== 'string' || f.value.trim() === '') return null;
  return { uri: f.value.trim(), evidence: insightsEvidence(facts, field, `${field}: ${f.value.trim()}`) };
}

export function siListChannels(facts: Facts, list: string, key: string): Channel[] {
  const f = insightsField(facts, list);
  if (!f || !Array.isArray(f.value)) return [];
  const out: Channel[] = [];
  f.value.forEach((_, i) => {
    const c = siStringChannel(facts, `${list}[${i}].${key}`);
    if (c) out.push(c);
  });
  return out;
}

export function readmeChannels(facts: Facts, textRe: RegExp): Channel[] {
  const out: Channel[] = [];
  for (const doc of documentsOf(facts.documents, 'readme').slice(0, 1)) {
    for (const l of doc.outline?.links ?? []) {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(l.target)) continue;
      if (!textRe.test(l.text) || l.text === l.target) continue;
      out.push({ uri: l.target, evidence: fileEvidence(doc.path, `README link "${l.text}" → ${l.target}`, l.line, l.column) });
    }
  }
  return out;
}

type Verdict = 'encrypted' | 'plain' | 'other';

export function channelVerdict(uri: string): Verdict {
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(uri);
  if (!m) return 'other';
  const scheme = m[1].toLowerCase();
  if (scheme === 'http') {
    const host = /^http:\/\/([^/:?#]+)/i.exec(uri)?.[1]?.toLowerCase() ?? '';
    if (host === 'localhost' || host.startsWith('127.') || host === '[::1]') return 'other';
    return 'plain';
  }
  if (scheme === 'ftp' || scheme === 'git' || scheme === 'telnet') return 'plain';
  if (scheme === 'https' || scheme === 'ssh' || scheme === 'git+ssh' || scheme === 'ftps' || scheme === 'sftp') return 'encrypted';
  return 'other';
}

export function channelsOutcome(facts: Facts, channels: Channel[], noun: string, remediation: string): Outcome | null {
  const plain = channels.filter((c) => channelVerdict(c.uri) === 'plain');
  if (plain.length > 0)
    return fail(capEvidence(plain.map((c) => ({ ...c.evidence, detail: `unencrypted ${noun}: ${c.evidence.detail}` }))), remediation);
  const encrypted = channels.filter((c) => channelVerdict(c.uri) === 'encrypted');
  if (encrypted.length > 0) return pass(capEvidence(encrypted.map((c) => c.evidence)));
  return null;
}
