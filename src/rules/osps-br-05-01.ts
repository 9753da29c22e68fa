// OSPS-BR-05.01: Dependencies come in through standard tooling.
// Dependencies come in through a package manager when there is a recognised manifest; a download
// piped into a shell (`curl … | sh`) in a script, Dockerfile or workflow fails. A manifest without
// a lockfile still uses standard tooling (pinning is OSPS-VM / Scorecard's concern) and is noted.
// A script under a test-input folder (testdata/, fixtures/, ...) is an input of the tests, which
// the build never runs; one under .devcontainer/ sets up a contributor's Codespace (pallets/jinja's
// on-create-command.sh installs uv so), unless a workflow names a dev container: their pipes are
// noted, not counted. So are those of a performance or load test's scripts (perf/, benchmarks/; sigstore/rekor's
// scripts/performance/), which provision a machine to measure the software by hand, unless a workflow, a Makefile, another
// script or a package.json names them.
// Nothing ingested: not-applicable when the repository has no code of a language with a package
// manager (helpers/languages.ts), or only Python scripts that import the standard library; unknown when it has such code
// but no manifest.
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { capEvidence, fileEvidence, shallowestFirst } from './helpers/evidence.ts';
import { codeLanguages, stdlibOnlyPython } from './helpers/languages.ts';
import { fail, notApplicable, type Outcome, pass, unknown } from './types.ts';

export const id = 'OSPS-BR-05.01';

/** Pipes left out, as one note: a reader sees what was left out and why. */
function leftOutNote(found: Evidence[], why: string): Evidence[] {
  if (found.length === 0) return [];
  const where = found.slice(0, 3).map((e) => `${e.path}:${e.line}`).join(', ');
  return [{ kind: 'note', detail: `${found.length} download(s) piped into a shell ${why}, and are not counted: ${where}${found.length > 3 ? ', ...' : ''}` }];
}

function leftOutNotes(facts: Facts): Evidence[] {
  return [
    ...leftOutNote(facts.dependencies.pipeInstallsInTestInputs, 'in test-input folders are inputs of the tests, which the build does not run'),
    ...leftOutNote(facts.dependencies.pipeInstallsInDevEnvironment, 'in .devcontainer/ set up a contributor\'s dev container, which no workflow runs'),
    ...leftOutNote(facts.dependencies.pipeInstallsInMeasurement, 'in performance or benchmark scripts that nothing else names are run by hand to measure the software, not by the build or release'),
  ];
}

export function evaluate(facts: Facts): Outcome {
  const dep = facts.dependencies;
  if (dep.pipeInstalls.length > 0)
    return fail(
      capEvidence(dep.pipeInstalls.map((e) => ({ ...e, detail: `download piped into a shell: ${e.detail}` }))),
      'Install dependencies with the ecosystem\'s package manager from a manifest and lockfile (or a pinned, checksum-verified download) instead of piping a download into a shell.',
    );
  if (dep.ecosystems.length > 0) {
    const ev = dep.ecosystems.map((e): Evidence => {
      const manifests = shallowestFirst(e.manifests);
      const lockfiles = shallowestFirst(e.lockfiles);
      return fileEvidence(manifests[0] ?? lockfiles[0] ?? '', `${e.name}: ${e.manifests.length} manifest(s)${lockfiles.length > 0 ? `, lockfile ${lockfiles[0]}` : ', no lockfile'}`, 1);
    });
    return pass(capEvidence([...ev, { kind: 'note', detail: 'no download piped into a shell in scripts, Dockerfiles or workflows' }, ...leftOutNotes(facts)]));
  }
  // Python scripts that import only the standard library (libexpat's helpers) ingest nothing.
  const stdlib = stdlibOnlyPython(facts);
  const langs = codeLanguages(facts).filter((l) => l.packageManager && !(stdlib && l.name === 'Python'));
  if (langs.length > 0)
    return unknown(
      `code in ${langs.map((l) => l.name).join(', ')} but no dependency manifest: how dependencies are ingested could not be told`,
      'Declare dependencies in the ecosystem\'s manifest (package.json, go.mod, pyproject.toml, ...) and let the package manager fetch them.',
    );
  return notApplicable(
    `the build ingests no dependencies that can be seen: no dependency manifest, no code in a language with a package manager${stdlib ? ' (Python scripts that need no package)' : ''}, no download piped into a shell`,
    stdlib ? [stdlib] : [],
  );
}
