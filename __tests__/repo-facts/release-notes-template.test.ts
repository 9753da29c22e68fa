// GoReleaser's release.header / release.footer read as the Markdown every GitHub release carries.
import { describe, expect, it } from 'vitest';
import { goreleaserNotesText } from '../../src/facts/release-notes-template.ts';

describe('goreleaserNotesText', () => {
  it('keeps the header and footer blocks at their own lines, dedented, and blanks the rest', () => {
    const yaml = 'release:\r\n  header: |-\r\n    ## Verify\r\n\r\n      indented code\r\n  footer: >\r\n    Thanks\r\n  draft: false\r\nchangelog:\r\n  header: |\r\n    not a release note\r\n';
    expect(goreleaserNotesText(yaml)?.split('\n')).toEqual(['', '', '## Verify', '', '  indented code', '', 'Thanks', '', '', '', '', '']);
  });
  it('is null without a block scalar under release (a one-line header holds no sections)', () => {
    expect(goreleaserNotesText('release:\n  header: "Release {{ .Tag }}"\n')).toBeNull();
    expect(goreleaserNotesText('builds:\n  - main: .\n')).toBeNull();
  });
});
