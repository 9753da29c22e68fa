// Repository scripts a document names in its code (`build.ps1`, `./scripts/test.sh`): the build or test step a contribution
// guide gives (serilog's "Windows platforms can use the `build.ps1` script"), matched against the tree or the workflows.

/** A script path in code, with up to three folders before it, run as `./x`, `../x` or by name. */
const NAMED_SCRIPT = /(?:^|\s)(?:\.{1,2}[\\/])?((?:[\w.-]{1,60}[\\/]){0,3}[\w-]{1,60}\.(?:sh|bash|ps1|cmd|bat|py))(?=\s|$)/gi;

/** Each script `code` names, as written and as a path to compare without case (forward slashes, lower case). */
export function scriptsNamedIn(code: string): { named: string; path: string }[] {
  const out: { named: string; path: string }[] = [];
  for (const m of code.matchAll(NAMED_SCRIPT)) out.push({ named: m[1], path: m[1].replaceAll('\\', '/').toLowerCase() });
  return out;
}
