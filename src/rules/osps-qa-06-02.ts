// OSPS-QA-06.02: Documentation says when and how tests run.
// A section about testing (Testing, Running tests, Tests) in CONTRIBUTING, docs/ or the README that
// says how the tests are run: a test command in its code or prose ("npm test", "go test ./...") or
// a sentence about running them ("run the tests with…", "tests run on every pull request"). A
// testing heading whose section says neither ("Testing the Template" in a release how-to) does not
// count.
import type { Facts } from '../facts/types.ts';
import { findSectionIn, findSectionWhere, sectionEvidence } from './helpers/sections.ts';
import { fail, type Outcome, pass } from './types.ts';
import { RUNNING_TESTS as RUNNING_TESTS_SECTION, sectionAdvice } from '../model/advice.ts';

const TESTING_HEADING = /\btest(s|ing)?\b|\btest suite\b/i;

const TEST_COMMAND = /\b(npm|pnpm|yarn|bun) (run )?test\b|\bgo test\b|\bcargo (test|nextest)\b|\bpytest\b|\btox\b|\bnox\b|\bmake ([\w-]{0,30}test[\w-]{0,30}|check)\b|\bmvn (test|verify)\b|\bgradlew? (test|check)\b|\bctest\b|\bdotnet test\b|\brspec\b|\bphpunit\b|\bvitest\b|\bjest\b|\bmocha\b|\bunittest\b|\bbats\b|\bct (lint|install)\b|\bhelm (unittest|test)\b/i;

const RUNNING_TESTS = /\b(run|runs|ran|running|execute|executes|executing)\b[^.]{0,60}\b(tests?|test suite)\b|\b(tests?|test suite)\b[^.]{0,40}\b(are run|run|runs|execute)\b/i;

function saysHowTestsRun(h: { text: string; body: string; code: string }): boolean {
  return RUNNING_TESTS.test(h.text) || TEST_COMMAND.test(h.code) || TEST_COMMAND.test(h.body) || RUNNING_TESTS.test(h.body);
}

export const id = 'OSPS-QA-06.02';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

export function evaluate(facts: Facts): Outcome {
  const hit = findSectionWhere(facts, ['contributing', 'docs', 'readme'], (h) => TESTING_HEADING.test(h.text) && (h.sectionChars >= 20 || h.code !== '') && saysHowTestsRun(h), 0);
  if (hit) return pass([sectionEvidence(hit, 'documents how tests are run')]);
  const vague = findSectionIn(facts, ['contributing', 'docs', 'readme'], TESTING_HEADING, 60);
  return fail(
    vague
      ? [sectionEvidence(vague, 'a section about testing, but it gives no test command and does not say when or how the tests run')]
      : [{ kind: 'note', detail: 'no section about running tests in CONTRIBUTING, docs/ or README' }],
    sectionAdvice(RUNNING_TESTS_SECTION, 'giving the command to run the tests locally, and which tests CI runs on each pull request'),
  );
}
