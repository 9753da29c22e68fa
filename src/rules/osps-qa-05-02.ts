// OSPS-QA-05.02: No unreviewable binaries in version control.
// Files inspected by content (facts/artifacts.ts): any archive or opaque binary fails, each named;
// none passes, saying how many files were inspected (helpers/artifacts.ts). Binary data in
// test-data folders (testdata/, fixtures/, ...), named as test data (test_data.zip) or a fuzzer's inputs (fuzz/regressions/) is the tests' input, and binary data in vendored
// dependency folders (a vendor/ with go mod vendor's modules.txt, node_modules/, third_party/) is
// upstream content, and binary data of a documented format that a common tool reads (a DER
// certificate, CRL or key: `openssl x509 -inform der`; a .NET strong-name key: `openssl rsa -inform MSBLOB`; a gettext
// message catalog: `msgunfmt`; a Java KeyStore: `keytool -list -keystore`) can be reviewed:
// all named, not counted.
import type { Facts } from '../facts/types.ts';
import { verdict } from './helpers/artifacts.ts';
import type { Outcome } from './types.ts';

export const id = 'OSPS-QA-05.02';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  return verdict(facts.artifacts.binaries, facts, 'no unreviewable binaries',
    'Remove archives and opaque binary files from the repository, or replace them with the sources and a script that produces them.', facts.artifacts.testData, facts.artifacts.vendored, facts.artifacts.reviewable);
}
