// OSPS-BR-06.01: Releases are signed or carry signed provenance.
// Observed when the latest official release has a signature asset (.sig, .asc, .sigstore.json,
// .bundle, …) or signed provenance (.intoto.jsonl); or a workflow that runs on release / push /
// dispatch signs or attests what it builds (cosign, actions/attest-build-provenance, SLSA
// generator, …), with the step as evidence; a test workflow or job (e2e, conformance, ...) signs
// what the test makes, and a workflow that builds the contributors' dev container (ktor's devcontainer.yml) signs that
// image, not a release: both are noted, not counted. A checksum list alone is not signed and does not count.
// Code signing in a platform's own format (Authenticode, Apple codesign, jarsigner) signs that
// platform's files only: without other signing it is named and the status is unknown.
// A release job that publishes to npm (`npm publish`, changesets/action) with `id-token: write` signs
// provenance for every package whose package.json asks for it (`publishConfig.provenance: true`):
// passes when every publishable package asks, each named at its line (sigstore-js).
// changesets/action told to publish by npm's trusted publishing (`NPM_TOKEN: ""`, no other npm token, `id-token:
// write`) passes too: npm attaches provenance to what it publishes that way (enhanced-resolve).
// A Gradle publication to Maven Central in a release workflow given a PGP signing key passes: Central takes only signed
// files (okio, moshi). Security Insights `repository.release.attestations` without either is attested. A release job
// calling another repository's reusable workflow with an attestation or signing input (or
// attestations: write) is named, and the status is unknown: that workflow is not read.
import type { Facts } from '../facts/types.ts';
import type { DetectorHit } from '../facts/workflows/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { delegatedSigning, externalReleaseEvidence } from './helpers/delegated-release.ts';
import { capEvidence } from './helpers/evidence.ts';
import { insightsEvidence, insightsField } from './helpers/insights.ts';
import { forgeUnread, gate, officialLatest, releaseEvidence } from './helpers/release.ts';
import { detectorEvidence, inDevEnvironmentWorkflow, inTestWorkflow } from './helpers/workflows.ts';
import { attested, fail, type Outcome, pass, unknown } from './types.ts';

export const id = 'OSPS-BR-06.01';

/** The job of a detector hit, and whether it may ask for an OIDC token (its permissions, else its workflow's). */
function idTokenWrite(facts: Facts, h: DetectorHit): boolean {
  const wf = facts.workflows.workflows.find((w) => w.path === h.workflow);
  const job = wf?.jobs.find((j) => j.id === h.job);
  const perms = job === undefined ? undefined : job.permissions.kind === 'absent' ? wf?.permissions : job.permissions;
  return perms?.kind === 'map' && perms.scopes['id-token'] === 'write';
}

/**
 * npm provenance asked for by the packages themselves: a release job publishes to npm with an OIDC
 * token, and every package npm would publish has `publishConfig.provenance: true`, which makes npm
 * sign a SLSA provenance statement with Sigstore for it (npm refuses to publish when it cannot).
 */
function npmManifestProvenance(facts: Facts): Evidence[] {
  const publish = facts.workflows.detectors.releases.hits.find((h) => h.qualifies && h.tool === 'npm publish' && !inTestWorkflow(h) && idTokenWrite(facts, h));
  if (!publish) return [];
  const packages = facts.dependencies.manifests.filter((m) => m.npmPublish?.publishable === true);
  if (packages.length === 0 || packages.some((m) => m.npmPublish?.provenanceLine === null)) return [];
  const step: Evidence = { kind: 'workflow', path: publish.path, line: publish.line, column: publish.column, detail: `publishes to npm with an OIDC token (id-token: write): ${publish.tool} (${publish.text}) in job ${publish.job} of ${publish.workflow}, runs on ${publish.triggers.join(', ')}` };
  const asked = packages.map((m): Evidence => ({ kind: 'file', path: m.path, line: m.npmPublish?.provenanceLine ?? 1, detail: 'publishConfig.provenance: true: npm publishes this package with provenance signed through Sigstore' }));
  return [step, ...asked];
}

/** The variables changesets/action and npm take a registry token from. */
const NPM_TOKEN_VAR = /^(?:NPM_TOKEN|NODE_AUTH_TOKEN|NPM_AUTH_TOKEN)$/;
/** npm told not to attach provenance. */
const NO_PROVENANCE = /^NPM_CONFIG_PROVENANCE$/i;

/**
 * changesets/action publishing through npm's trusted publishing: a release job with `id-token: write` whose step sets
 * `NPM_TOKEN: ""` (enhanced-resolve's release.yml), the documented way to keep the action from writing a token into
 * .npmrc so that npm authenticates with the job's OIDC token, and no npm token is given anywhere else. npm attaches
 * provenance signed through Sigstore to whatever it publishes by trusted publishing. A step given no NPM_TOKEN at all is
 * not counted: older versions of the action then write a token of "undefined" and npm does not use OIDC; nor is a pnpm
 * workspace, whose packages `changeset publish` hands to pnpm.
 */
function changesetsTrustedPublishing(facts: Facts): Evidence[] {
  for (const h of facts.workflows.detectors.releases.hits) {
    if (!h.qualifies || h.tool !== 'npm publish' || h.via !== 'uses' || h.path !== h.workflow || !/^changesets\/action@/i.test(h.text) || inTestWorkflow(h) || !idTokenWrite(facts, h)) continue;
    // `changeset publish` runs pnpm's publish in a pnpm workspace: npm's trusted publishing is not what signs there.
    if (facts.dependencies.ecosystems.some((e) => e.lockfiles.includes('pnpm-lock.yaml'))) continue;
    const wf = facts.workflows.workflows.find((w) => w.path === h.workflow);
    const job = wf?.jobs.find((j) => j.id === h.job);
    const step = job?.steps.filter((st) => st.line <= h.line).at(-1);
    if (!wf || !job || !step) continue;
    const env = { ...wf.env, ...job.env, ...step.env };
    const names = Object.keys(env);
    if (names.some((k) => NO_PROVENANCE.test(k) && /^\s*false\s*$/i.test(env[k].value))) continue;
    const tokens = names.filter((k) => NPM_TOKEN_VAR.test(k));
    const cleared = tokens.filter((k) => env[k].value.trim() === '');
    if (cleared.length === 0 || cleared.length < tokens.length) continue;
    const at = env[cleared[0]];
    return [
      {
        kind: 'workflow',
        path: h.path,
        line: h.line,
        column: h.column,
        detail: `publishes to npm by trusted publishing (id-token: write, ${cleared[0]} set empty at line ${at.line} so that npm authenticates with the job's OIDC token): ${h.tool} (${h.text}) in job ${h.job} of ${h.workflow}, runs on ${h.triggers.join(', ')}; npm attaches provenance signed through Sigstore to what it publishes this way`,
      },
    ];
  }
  return [];
}

/**
 * Gradle's in-memory PGP key (the signing plugin's `useInMemoryPgpKeys(signingKey, …)`, vanniktech's plugin's
 * signingInMemoryKey) and Maven Central's credentials, given to the build as project properties.
 */
const GRADLE_SIGNING_KEY = /^ORG_GRADLE_PROJECT_signing(?:InMemory)?Key$/;
const CENTRAL_CREDENTIAL = /^ORG_GRADLE_PROJECT_(?:mavenCentral|sonatype|ossrh)\w*$/i;

/** A workflow cut for releases: on a published release, or on a push of tags only. */
function releaseTriggered(wf: Facts['workflows']['workflows'][number]): boolean {
  const { events, filters } = wf.triggers;
  if (events.includes('release')) return true;
  const push = filters['push'];
  return events.includes('push') && push !== undefined && push.tags !== null && push.branches === null;
}

/**
 * A Gradle publication in a workflow cut on tags that is given a PGP signing key and Maven Central's credentials (okio's
 * and moshi's release workflows: `./gradlew publish` with ORG_GRADLE_PROJECT_signingInMemoryKey and
 * ORG_GRADLE_PROJECT_mavenCentralUsername): Maven Central refuses a deployment whose files are not PGP-signed, so what
 * the release publishes there is signed (an .asc beside each file). A branch's snapshot publication is no release.
 */
function mavenCentralSigning(facts: Facts): Evidence[] {
  for (const h of facts.workflows.detectors.releases.hits) {
    if (!h.qualifies || h.tool !== 'maven/gradle publish' || h.via !== 'run' || h.path !== h.workflow || inTestWorkflow(h) || !/\bgradlew?\b/.test(h.text)) continue;
    const wf = facts.workflows.workflows.find((w) => w.path === h.workflow);
    const job = wf?.jobs.find((j) => j.id === h.job);
    if (!wf || !job || !releaseTriggered(wf)) continue;
    const step = job.steps.filter((st) => st.line <= h.line).at(-1);
    const env = { ...wf.env, ...job.env, ...(step?.env ?? {}) };
    const names = Object.keys(env).filter((k) => env[k].value.trim() !== '');
    const key = names.find((k) => GRADLE_SIGNING_KEY.test(k));
    const central = names.find((k) => CENTRAL_CREDENTIAL.test(k));
    if (key === undefined || central === undefined) continue;
    return [
      {
        kind: 'workflow',
        path: h.path,
        line: h.line,
        column: h.column,
        detail: `publishes to Maven Central with a PGP signing key given to the build (${key}, ${central}): ${h.tool} (${h.text}) in job ${h.job} of ${h.workflow}, runs on ${h.triggers.join(', ')}; Maven Central accepts only signed files, so each published file has its signature beside it`,
      },
    ];
  }
  return [];
}

/** A release cut by goreleaser outside GitHub Actions (fulcio's Cloud Build) whose configuration signs the files. */
function externalSigning(facts: Facts): Evidence[] {
  return externalReleaseEvidence(facts, 'signs');
}

export function evaluate(facts: Facts): Outcome {
  const gated = gate(facts, 'signing releases');
  if (gated?.status === 'not-applicable') return gated;
  const latest = officialLatest(facts);
  const evidence: Evidence[] = [];
  if (latest) {
    const sigs = latest.assets.filter((a) => a.kinds.includes('signature') || a.kinds.includes('provenance'));
    if (sigs.length > 0)
      return pass(capEvidence([releaseEvidence(latest, 'the release carries signatures or signed provenance'), ...sigs.map((a): Evidence => ({ kind: 'api', url: a.browserDownloadUrl, detail: `${a.kinds.join(', ')}: ${a.name}` }))]));
    evidence.push(releaseEvidence(latest, latest.hasChecksums ? 'checksums but no signature or provenance asset' : 'no signature or provenance asset'));
  }
  // A workflow or job that tests the software signs what the test makes (a demo image, the
  // README), not a release: its steps are noted, not counted.
  const { signing, provenance } = facts.workflows.detectors;
  const notRelease = (h: DetectorHit) => inTestWorkflow(h) || inDevEnvironmentWorkflow(h);
  const releaseSigning = signing.hits.filter((h) => !notRelease(h));
  // Code signing in a platform's format (Authenticode, Apple codesign) signs that platform's files
  // only: alone it does not show that every asset is signed.
  const scoped = releaseSigning.filter((h) => h.qualifies && h.covers !== undefined);
  const scopedEvidence = scoped.map((h): Evidence => ({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `signs ${h.covers ?? ''}, no other file: ${h.tool} (${h.text}) in job ${h.job} of ${h.workflow}, runs on ${h.triggers.join(', ')}` }));
  const wf = [
    ...detectorEvidence(signing, 'signs', releaseSigning.filter((h) => h.covers === undefined)),
    ...detectorEvidence(provenance, 'attests provenance', provenance.hits.filter((h) => !notRelease(h))),
  ];
  const inTests = [...signing.hits, ...provenance.hits].filter((h) => h.qualifies && inTestWorkflow(h));
  if (inTests.length > 0) {
    const where = [...new Set(inTests.map((h) => `${h.workflow}${h.job ? ` (job ${h.job})` : ''}`))].slice(0, 3).join(', ');
    evidence.push({ kind: 'note', detail: `${inTests.length} signing or attestation step(s) in test workflows or jobs sign what the tests make, not releases, and are not counted: ${where}` });
  }
  // One step may both sign and attest: named once.
  const inDevEnv = [...new Map([...signing.hits, ...provenance.hits].filter((h) => h.qualifies && !inTestWorkflow(h) && inDevEnvironmentWorkflow(h)).map((h) => [`${h.path}:${h.line}`, h])).values()];
  for (const h of inDevEnv.slice(0, 3))
    evidence.push({ kind: 'workflow', path: h.path, line: h.line, column: h.column, detail: `not counted: ${h.tool} (${h.text}) in ${h.workflow} signs the contributors' development-environment image, not a release asset` });
  // The release pipeline's signing comes first: a workflow's signing may be of a branch's builds (fulcio's CI-Container-Build
  // signs gcr.io/…/ci/fulcio on every push to main), while its releases are cut and signed by goreleaser in Cloud Build.
  const external = externalSigning(facts);
  if (wf.length > 0) return pass(capEvidence([...external, ...wf, ...scopedEvidence, ...evidence]));
  const npm = npmManifestProvenance(facts);
  if (npm.length > 0) return pass(capEvidence([...npm, ...scopedEvidence, ...evidence]));
  const trusted = changesetsTrustedPublishing(facts);
  if (trusted.length > 0) return pass(capEvidence([...trusted, ...scopedEvidence, ...evidence]));
  const central = mavenCentralSigning(facts);
  if (central.length > 0) return pass(capEvidence([...central, ...scopedEvidence, ...evidence]));
  if (external.length > 0) return pass(capEvidence([...external, ...scopedEvidence, ...evidence]));
  const att = insightsField(facts, 'repository.release.attestations');
  if (att && Array.isArray(att.value) && att.value.length > 0)
    return attested([insightsEvidence(facts, 'repository.release.attestations', `${att.value.length} release attestation(s) declared`), ...scopedEvidence, ...evidence]);
  // A release job handed to another repository's reusable workflow that is asked to attest: not read, so not counted, but named.
  const delegated = delegatedSigning(facts);
  if (gated) return { ...gated, evidence: [...delegated, ...scopedEvidence, ...evidence, ...gated.evidence] };
  if (delegated.length > 0)
    return unknown(
      'no signing or provenance step in this repository\'s workflows; signing or attestation is asked of another repository\'s reusable workflow, which is not read here (attestations it makes are kept by GitHub, not as release assets): check that it attests or signs every release asset',
      'Make sure the reusable release workflow signs or attests every release asset, or sign them in this repository\'s release workflow (e.g. cosign sign-blob, or actions/attest-build-provenance), and declare the attestations in Security Insights repository.release.attestations.',
      capEvidence([...delegated, ...scopedEvidence, ...evidence]),
    );
  if (scoped.length > 0) {
    const kinds = [...new Set(scoped.map((h) => `${h.tool} in job ${h.job} of ${h.workflow}`))].slice(0, 3).join('; ');
    const rel = facts.github.releases;
    const assets = latest
      ? 'the latest release carries no signature or provenance asset'
      : rel.state === 'ok'
        ? 'no GitHub release carries signatures'
        : `signatures or provenance uploaded with a release were not looked for (GitHub releases not read: ${rel.reason})`;
    return unknown(
      `the only signing in release workflows is code signing of some kinds of file (${kinds}); no step signs the other assets or attests provenance, and ${assets}, so whether every release asset is signed cannot be told`,
      'Sign every release asset, not only one platform\'s (e.g. cosign sign-blob or actions/attest-build-provenance over all of them, or a signed checksum manifest), and publish the signatures with each release.',
      capEvidence([...scopedEvidence, ...evidence]),
    );
  }
  const unread = forgeUnread(
    facts,
    'no signing or provenance step in a release workflow and no release attestation in Security Insights',
    'signatures or provenance uploaded with a release',
    'Sign release assets in the release workflow (e.g. cosign sign-blob, or actions/attest-build-provenance) and publish the signatures or a signed checksum manifest with each release.',
    evidence,
  );
  if (unread) return unread;
  return fail(
    evidence.length > 0 ? evidence : [{ kind: 'note', detail: 'no signature or provenance on releases and no signing step in a release workflow' }],
    'Sign release assets in the release workflow (e.g. cosign sign-blob, or actions/attest-build-provenance) and publish the signatures or a signed checksum manifest with each release.',
  );
}
