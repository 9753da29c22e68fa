// A license file that reserves all rights and grants none is not an open source license
// (OSPS-LE-02.01 fails, naming the line), while licenses that say "All rights reserved" and then
// grant permission (BSD) are identified as what they are.
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine.ts';
import { reservesAllRights } from '../../src/facts/spdx/reserved.ts';
import { licenseText } from '../helpers/license-texts.ts';
import { makeRepo, type TempRepo } from '../helpers/repo.ts';

const PROPRIETARY = 'Copyright (c) 2026 Example Corp.\nAll rights reserved.\n\nThis software and its documentation are the property of Example Corp.\n';

describe('reservesAllRights', () => {
  it('finds the reservation in texts that grant nothing, with its line', () => {
    expect(reservesAllRights(PROPRIETARY)).toEqual({ line: 2, text: 'All rights reserved.' });
    expect(reservesAllRights('Internal tool.\n\nPROPRIETARY AND CONFIDENTIAL. Unauthorized copying of this file, via any medium, is strictly prohibited.\n')).toMatchObject({ line: 3 });
    expect(reservesAllRights('(c) ACME. You may not copy, modify or distribute this code. All   rights\treserved.')).toMatchObject({ line: 1 });
  });

  it('near misses: licenses that grant permission, and texts that reserve nothing', () => {
    for (const id of ['BSD-3-Clause', 'BSD-2-Clause', 'MIT', 'Apache-2.0', 'GPL-3.0-only']) expect(reservesAllRights(`All rights reserved.\n${licenseText(id)}`), id).toBeNull();
    expect(reservesAllRights('Copyright 2026 A. All rights reserved. You may use, copy and modify this software for any purpose.')).toBeNull();
    expect(reservesAllRights('Our own license: anyone may do anything with this code.')).toBeNull();
  });
});

describe('OSPS-LE-02.01 on a license file that reserves all rights', () => {
  const repos: TempRepo[] = [];
  afterEach(() => {
    while (repos.length) repos.pop()?.cleanup();
  });
  const le0201 = async (license: string) => {
    const r = makeRepo({ LICENSE: license, 'README.md': '# x\n' });
    repos.push(r);
    const { result } = await evaluate(r.root, { level: 1, offline: true, repository: 'o/r' });
    return result.controls.find((c) => c.id === 'OSPS-LE-02.01');
  };

  it('fails, naming the line and why, instead of "unknown: text not identified"', async () => {
    const c = await le0201(PROPRIETARY);
    expect(c?.status).toBe('fail');
    expect(c?.evidence[0]).toMatchObject({ path: 'LICENSE', line: 2 });
    expect(c?.evidence[0].detail).toContain('reserves all rights ("All rights reserved.") and grants no permission');
  });

  it('a BSD license that says "All rights reserved" passes', async () => {
    expect((await le0201(licenseText('BSD-3-Clause').replace('Copyright (c)', 'Copyright (c) All rights reserved.')))?.status).toBe('pass');
  });
});
