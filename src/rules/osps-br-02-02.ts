// OSPS-BR-02.02: Release assets carry the release's version.
// The latest official release's uploaded artifacts carry its version in their names (signatures,
// checksums, provenance and license files are exempt, see facts/github/releases.ts). A release with
// no uploaded assets has only GitHub's source archives, which are named by the tag. Older releases
// are reported but do not decide. Releases only as tags: asset names unknown.
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence } from './helpers/evidence.ts';
import { gate, officialLatest, releaseEvidence } from './helpers/release.ts';
import { fail, type Outcome, pass, unknown } from './types.ts';

export const id = 'OSPS-BR-02.02';

export function evaluate(facts: Facts): Outcome {
  const gated = gate(facts, 'naming release assets after the release');
  if (gated) return gated;
  const latest = officialLatest(facts);
  const rel = facts.github.releases;
  if (!latest || rel.state !== 'ok')
    return unknown(
      'the project has tags but no GitHub releases could be read, so the names of its release assets could not be checked',
      'Publish releases on GitHub with assets named after the version (tool_1.2.3_linux_amd64.tar.gz), or run with a token that can read releases.',
    );
  const s = rel.data.summary;
  const older = { kind: 'note' as const, detail: `${s.withVersionedAssetNames} of ${s.withAssets} release(s) with assets name every artifact after the version` };
  if (latest.assets.length === 0)
    return pass([releaseEvidence(latest, 'no uploaded assets; only GitHub\'s source archives, which carry the tag name'), older]);
  const artifacts = latest.assets.filter((a) => !a.kinds.some((k) => k === 'signature' || k === 'certificate' || k === 'checksum' || k === 'provenance' || k === 'license'));
  const bad = artifacts.filter((a) => !a.containsVersion);
  if (artifacts.length === 0)
    return pass([releaseEvidence(latest, 'its assets are only signatures, checksums, provenance or license files'), older]);
  if (bad.length === 0) return pass([releaseEvidence(latest, `all ${artifacts.length} artifact(s) carry the version, e.g. ${artifacts[0].name}`), older]);
  return fail(
    capEvidence([...bad.map((a): Evidence => ({ kind: 'api', url: a.browserDownloadUrl, detail: `asset "${a.name}" of ${latest.tagName} does not carry the version` })), older]),
    `Name every release artifact after the release version (e.g. ${'tool_<version>_<os>_<arch>.tar.gz'}) so a downloaded file still says which release it came from.`,
  );
}
