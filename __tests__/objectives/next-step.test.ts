import { describe, expect, it } from 'vitest';
import { actionsFromMissing, chooseNextStep } from '../../src/objectives/next-step.ts';
import type { ObjectiveResult } from '../../src/objectives/types.ts';
import { OBJECTIVE_IDS } from '../../src/objectives/types.ts';
import { makeControls } from './controls.ts';

const met = (id: ObjectiveResult['id']): ObjectiveResult => ({ id, title: id, status: 'met', checks: [], missing: [] });

describe('next step', () => {
  it('null when every objective is met', () => {
    expect(chooseNextStep(OBJECTIVE_IDS.map(met), {}, makeControls(1))).toBeNull();
  });

  it('the first objective in the event order that is not met, with at most three actions and requirement links', () => {
    const objectives = OBJECTIVE_IDS.map(met);
    objectives[4] = { ...met('defender'), status: 'partial', checks: [{ id: 'OSPS-LE-03.01', title: 'x', status: 'fail', evidence: [] }], missing: ['a', 'b', 'c', 'd'] };
    objectives[5] = { ...met('cra-readiness'), status: 'unmet', missing: ['later'] };
    objectives[1] = { ...met('chronicler'), status: 'partial', checks: [{ id: 'OSPS-GV-03.01', title: 't', status: 'fail', evidence: [] }, { id: 'OSPS-DO-01.01', title: 't', status: 'unknown', evidence: [] }] };
    const step = chooseNextStep(
      objectives,
      {
        chronicler: [
          { checkId: 'OSPS-DO-01.01', text: 'decide the user guide', requirement: 'OSPS-DO-01.01' },
          { checkId: 'OSPS-GV-03.01', text: 'link CONTRIBUTING.md from `repository.documentation.contributing-guide`', requirement: 'OSPS-GV-03.01', field: 'repository.documentation.contributing-guide', file: 'security-insights.yml' },
          { checkId: 'OSPS-GV-03.01', text: 'link CONTRIBUTING.md from `repository.documentation.contributing-guide`', requirement: 'OSPS-GV-03.01' },
        ],
      },
      makeControls(1),
    );
    expect(step?.objective).toBe('chronicler');
    // Failures before unknowns; duplicates dropped.
    expect(step?.actions.map((a) => a.requirement)).toEqual(['OSPS-GV-03.01', 'OSPS-DO-01.01']);
    expect(step?.actions[0]).toMatchObject({ field: 'repository.documentation.contributing-guide', file: 'security-insights.yml' });
    expect(step?.actions[0].helpUri).toMatch(/^https:\/\/baseline\.openssf\.org\/.*#osps-gv-03$/);
  });

  it('unknown counts as not met; objectives without structured actions give actions read from their words', () => {
    const objectives = OBJECTIVE_IDS.map(met);
    objectives[0] = { ...met('cleaner'), status: 'partial', missing: ['Add `project.vulnerability-reporting.contact` (name, email, primary: true).', 'Fix the schema errors in security-insights.yml.', 'third', 'fourth'] };
    const step = chooseNextStep(objectives, {}, []);
    expect(step?.objective).toBe('cleaner');
    expect(step?.actions).toHaveLength(3);
    expect(step?.actions[0].field).toBe('project.vulnerability-reporting.contact');
    expect(step?.actions[1].file).toBe('security-insights.yml');
  });

  it('reads requirement ids, fields and files from sentences', () => {
    const [a] = actionsFromMissing(['OSPS-VM-02.01: add SECURITY.md and link it from repository.documentation.security-policy']);
    expect(a).toMatchObject({ requirement: 'OSPS-VM-02.01', field: 'repository.documentation.security-policy', file: 'SECURITY.md' });
  });
});
