// The predicate repeats facts the certificate states; this is the one comparison of the two,
// used when signing (to refuse publishing a contradiction) and when verifying.
import type { CertificateClaims } from './certificate.ts';
import type { ResultPredicate } from './statement.ts';

/** The first disagreement between predicate and certificate, as a sentence; null when they agree. */
export function claimsDisagreement(p: ResultPredicate, cert: CertificateClaims): string | null {
  const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
  if (!cert.sourceRepository) return 'the certificate names no source repository';
  if (!same(p.repository.name, cert.sourceRepository)) return `the predicate names repository ${p.repository.name}, the certificate ${cert.sourceRepository}`;
  if (cert.sourceRepositoryUri !== undefined && !same(p.repository.url, cert.sourceRepositoryUri)) return `the predicate's repository URL is ${p.repository.url}, the certificate's ${cert.sourceRepositoryUri}`;
  if (cert.sourceRepositoryIdentifier !== undefined && String(p.repository.id) !== cert.sourceRepositoryIdentifier) return `the predicate's repository id is ${p.repository.id}, the certificate's ${cert.sourceRepositoryIdentifier}`;
  if (p.commit !== cert.sourceRepositoryDigest) return `the predicate's commit is ${p.commit}, the certificate's ${cert.sourceRepositoryDigest ?? '(none)'}`;
  if (p.ref !== cert.sourceRepositoryRef) return `the predicate's ref is ${p.ref}, the certificate's ${cert.sourceRepositoryRef ?? '(none)'}`;
  if (cert.runInvocationUri !== undefined && p.run.url !== cert.runInvocationUri) return `the predicate's run is ${p.run.url}, the certificate's ${cert.runInvocationUri}`;
  if (cert.buildTrigger !== undefined && p.run.event !== cert.buildTrigger) return `the predicate's event is ${p.run.event}, the certificate's ${cert.buildTrigger}`;
  if (cert.runnerEnvironment !== undefined && p.run.runnerEnvironment !== undefined && p.run.runnerEnvironment !== cert.runnerEnvironment) return `the predicate's runner is ${p.run.runnerEnvironment}, the certificate's ${cert.runnerEnvironment}`;
  return null;
}
