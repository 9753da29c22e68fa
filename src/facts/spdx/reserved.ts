// A license file that is no license: it reserves every right ("All rights reserved", "proprietary
// and confidential", "may not be copied") and grants none. OSPS-LE-02.01 then fails, naming why,
// instead of leaving an unidentified text unknown. Only texts that matched no SPDX license are
// asked (BSD texts say "All rights reserved" and then grant permission). Plain string search on
// lower-cased text: no pattern here can backtrack.

export interface Reservation {
  /** 1-based line of the first reservation. */
  line: number;
  /** That line, trimmed and shortened. */
  text: string;
}

/** Words that reserve rights or forbid use. */
const RESERVES = ['all rights reserved', 'proprietary and confidential', 'strictly prohibited', 'may not be copied', 'may not be used, copied', 'may not be reproduced', 'no part of this', 'without the express written permission', 'without prior written permission', 'not licensed for', 'no license is granted', 'no rights are granted'];

/** Words that grant a permission (any license does one of these). */
const GRANTS = [
  'permission is hereby granted', 'hereby grant', 'grants you', 'is granted to', 'licensed under', 'license, version', 'licence, version',
  'redistribution and use', 'you can redistribute', 'is free software', 'permission to use, copy', 'free of charge',
  'public domain', 'licensed to you', 'subject to the following conditions', 'open source', 'gnu general public license',
  'mozilla public license', 'apache license', 'creative commons', 'spdx-license-identifier', 'unlicense', 'permitted provided',
];

/** "you may use…" grants; "you may not…" does not. */
function maySomething(lower: string): boolean {
  let i = lower.indexOf('you may ');
  while (i >= 0) {
    if (!lower.startsWith('not ', i + 8) && !lower.startsWith('only ', i + 8)) return true;
    i = lower.indexOf('you may ', i + 8);
  }
  return false;
}

/** The first line that reserves rights, when the text grants none; null otherwise. */
export function reservesAllRights(text: string): Reservation | null {
  const sample = text.length > 64 * 1024 ? text.slice(0, 64 * 1024) : text;
  const lower = sample.toLowerCase().replace(/\s+/g, ' ');
  if (GRANTS.some((g) => lower.includes(g)) || maySomething(lower)) return null;
  const lines = sample.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].toLowerCase().replace(/\s+/g, ' ');
    if (RESERVES.some((r) => l.includes(r))) {
      const t = lines[i].trim();
      return { line: i + 1, text: t.length > 120 ? `${t.slice(0, 117)}...` : t };
    }
  }
  return null;
}
