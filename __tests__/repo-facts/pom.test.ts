// The shared POM reading: comments blanked with lines kept, `<profiles>` told apart, offsets to lines.
import { describe, expect, it } from 'vitest';
import { plainPom } from '../../src/facts/pom.ts';
import { lineAt } from '../../src/facts/text.ts';

describe('plainPom', () => {
  it('blanks comments keeping lines, and says which offsets lie inside <profiles>, closed or not', () => {
    const pom = '<project>\n<!-- <defaultGoal>x</defaultGoal> -->\n<profiles>\n<profile><defaultGoal>y</defaultGoal></profile>\n</profiles>\n<defaultGoal>z</defaultGoal>\n</project>\n';
    const { text, inProfiles } = plainPom(pom);
    expect(text.split('\n')).toHaveLength(pom.split('\n').length);
    expect(text).not.toContain('<defaultGoal>x');
    expect(inProfiles(text.indexOf('<defaultGoal>y'))).toBe(true);
    expect(inProfiles(text.indexOf('<defaultGoal>z'))).toBe(false);
    expect(lineAt(text, text.indexOf('<defaultGoal>z'))).toBe(6);
    const open = plainPom('<profiles>\n<developers/>\n');
    expect(open.inProfiles(open.text.indexOf('<developers/>'))).toBe(true);
  });
  it('lineAt counts the lines before an offset', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 2)).toBe(2);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
});
