export const id = 108;
export const ids = [108];
export const modules = {

/***/ 155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseWebUrl)
/* harmony export */ });
// One reading of a web link, for every room that meets one in hostile text (a document's link, a
// report's href): an http: or https: URL that parses, or null. The prefix test runs first so that
// most text never reaches the (slower) URL parser.
function parseWebUrl(text) {
    if (!/^https?:\/\//i.test(text))
        return null;
    let u;
    try {
        u = new URL(text);
    }
    catch {
        return null;
    }
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
}


/***/ }),

/***/ 2875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Jz: () => (/* binding */ mdPath),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   SZ: () => (/* binding */ mdRich),
/* harmony export */   YF: () => (/* binding */ mdLink),
/* harmony export */   kU: () => (/* binding */ stripControl),
/* harmony export */   xs: () => (/* binding */ mdCode),
/* harmony export */   yJ: () => (/* binding */ inRepository)
/* harmony export */ });
/* unused harmony exports mdText, fileUrl, encodePathSegment */
/* harmony import */ var _facts_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3928);
/* harmony import */ var _model_web_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(155);
// Text from the evaluated repository is hostile: it must not inject Markdown or HTML into the job
// summary, mention people, break a table or put a link of its choosing there. Each piece is escaped
// for the context it lands in, because what is safe prose breaks a link and what is safe in a link
// shows as noise in prose:
//   text       Markdown punctuation, HTML, `@` mentions and table pipes neutralised (mdText)
//   code span  shown exactly: a fence longer than any backtick run inside, nothing escaped (mdCode)
//   link       https:/http: only (percent-encoded) or a path in the repository; else shown as text (mdLink)
// Our own sentences mix the three (`slam insights init`, https://\u2026 links); mdRich splits them.


const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|~<>&$]/g;
const ENTITY = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '|': '&#124;' };
// GitHub links @user and @org/team in the rendered text, after entities are decoded, when the `@`
// follows a non-word character; a zero-width space after the `@` leaves nothing to link.
const MENTION = /(?<![A-Za-z0-9_])@/g;
const ZWSP = '&#8203;';
/**
 * Prose, on one line, at most `max` characters: nothing in it is Markdown, HTML or a mention.
 * An https:// or http:// URL in it becomes a link to itself (escaping its dots would break it,
 * because GitHub's autolinker takes the backslashes into the link); any other URL is shown as code.
 */
function mdText(text, max = 500) {
    return renderSegments(text, {}, max, false);
}
/** The old name of mdText, kept for callers that escape prose. */
const escapeMarkdown = mdText;
function textOf(s) {
    return s.replace(MD_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`).replace(MENTION, `@${ZWSP}`);
}
/** A code span that shows `text` exactly (on one line, at most `max` characters). */
function mdCode(text, ctx = {}, max = 300) {
    let s = cut(oneLine(text), max);
    if (s === '')
        return '';
    if (ctx.cell) {
        // In a table cell a pipe is escaped as `\|`; after a backslash that would read `\\|`, which a
        // table splits at. Such text is shown as prose, where the pipe is an entity.
        if (s.includes('\\|'))
            return textOf(s);
        s = s.replace(/\|/g, '\\|');
    }
    let longest = 0;
    let run = 0;
    for (const ch of s) {
        run = ch === '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    const fence = '`'.repeat(longest + 1);
    // A span that starts or ends with a backtick (or with spaces at both ends) needs one space of padding, which is not shown.
    const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
}
const MAX_URL = 2000;
// Characters a link destination must not carry raw: they end it, balance it, escape in it or split a table cell.
const URL_UNSAFE = /[\s()<>"'`\\|[\]{}^]/g;
/** The href for an https: or http: URL, percent-encoded so that nothing in it ends the link; null for any other scheme. */
function safeUrl(url) {
    const u = url.length > MAX_URL ? null : (0,_model_web_url_js__WEBPACK_IMPORTED_MODULE_0__/* .parseWebUrl */ .B)(url);
    if (u === null)
        return null;
    // Entity references are decoded in a link destination; a backslash keeps `&` literal.
    return u.href.replace(URL_UNSAFE, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')).replace(/&/g, '\\&');
}
/** A path relative to the repository root: no URL, no absolute or drive path, no '..' segment, no control character. */
function inRepository(path) {
    if (path === '' || /^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(path))
        return false;
    if (/[\x00-\x1f\x7f]/.test(path))
        return false;
    return !path.split(/[/\\]/).some((seg) => seg === '..');
}
/** The link to a file of the evaluated folder at the evaluated commit (and line), or null. */
function fileUrl(path, line, links) {
    if (!links || !inRepository(path) || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(links.commit) || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(links.repository))
        return null;
    const full = `${links.prefix ?? ''}${path}`;
    const server = safeUrl((0,_facts_text_js__WEBPACK_IMPORTED_MODULE_1__/* .trimEnd */ .s8)(links.serverUrl, '/') + '/');
    if (!server)
        return null;
    const encoded = full.split('/').map(encodePathSegment).join('/');
    return `${server}${links.repository}/blob/${links.commit}/${encoded}${line && line > 0 ? `#L${line}` : ''}`;
}
/** encodeURIComponent, and the few characters it leaves that a Markdown destination or a table would read. */
function encodePathSegment(seg) {
    return encodeURIComponent(seg).replace(/[()'!*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/** `[label](url)` when the URL is allowed, else the label alone. `labelMd` is Markdown already escaped. */
function mdLink(labelMd, url) {
    const href = safeUrl(url);
    return href ? `[${labelMd}](${href})` : labelMd;
}
/** A path of the evaluated folder (with its line): a link to the file when links are known, else code. */
function mdPath(path, line, ctx = {}, max = 200) {
    const shown = mdCode(`${path}${line && line > 0 ? `:${line}` : ''}`, ctx, max);
    const url = fileUrl(path, line, ctx.files);
    return url ? `[${shown}](${url})` : shown;
}
/**
 * A URL that must not become a link (cut, or not one we allow), as text: a zero-width space inside
 * its `://` keeps GitHub's autolinker from making a link of it, backslashes and all.
 */
function unlinked(url) {
    return textOf(url).replace('://', `:/${ZWSP}/`);
}
/**
 * Our sentences, which quote repository text: `code` spans become code spans, https:// and http://
 * URLs become links, everything else is prose. Whatever the input, every character lands in one of
 * the three escapers, so a stray backtick or a `javascript:` URL from the repository stays inert.
 */
function mdRich(text, ctx = {}, max = 500) {
    return renderSegments(text, ctx, max, true);
}
function renderSegments(text, ctx, max, withCode) {
    let budget = max;
    let out = '';
    // Nothing past twice the limit can be shown; cutting first keeps the scan below linear in `max`.
    for (const seg of segments(oneLine(text).slice(0, 2 * max + 16), withCode)) {
        if (budget <= 0)
            break;
        if (seg.value.length > budget) {
            // The piece that crosses the limit is cut; a cut URL is no link.
            const part = seg.value.slice(0, budget - 1) + '\u2026';
            out += seg.kind === 'text' ? textOf(part) : seg.kind === 'code' ? mdCode(part, ctx, budget) : unlinked(part);
            break;
        }
        budget -= seg.value.length;
        if (seg.kind === 'code')
            out += mdCode(seg.value, ctx, Infinity);
        else if (seg.kind === 'url')
            out += safeUrl(seg.value) ? mdLink(textOf(seg.value), seg.value) : unlinked(seg.value);
        else
            out += textOf(seg.value);
    }
    return out;
}
/** Splits one line into prose, code spans (matched backtick runs) and URLs, in one pass. */
function segments(s, withCode) {
    const out = [];
    let text = '';
    const flush = () => {
        if (text)
            out.push({ kind: 'text', value: text });
        text = '';
    };
    let i = 0;
    while (i < s.length) {
        const ch = s[i];
        if (ch === '`' && withCode) {
            let n = 1;
            while (s[i + n] === '`')
                n++;
            const close = closingRun(s, i + n, n);
            if (close < 0) {
                text += s.slice(i, i + n);
                i += n;
                continue;
            }
            flush();
            const inner = s.slice(i + n, close);
            // CommonMark strips one space of padding on both sides.
            const value = inner.length > 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner;
            out.push({ kind: 'code', value });
            i = close + n;
            continue;
        }
        if ((ch === 'h' || ch === 'H') && (i === 0 || !/[A-Za-z0-9]/.test(s[i - 1]))) {
            const end = urlEnd(s, i);
            if (end > i) {
                flush();
                out.push({ kind: 'url', value: s.slice(i, end) });
                i = end;
                continue;
            }
        }
        text += ch;
        i++;
    }
    flush();
    return out;
}
/** Index of the next run of exactly `n` backticks from `from`, or -1. */
function closingRun(s, from, n) {
    let i = s.indexOf('`', from);
    while (i >= 0) {
        let m = 1;
        while (s[i + m] === '`')
            m++;
        if (m === n)
            return i;
        i = s.indexOf('`', i + m);
    }
    return -1;
}
/** The end of an http(s) URL starting at `i` (trailing punctuation and unbalanced brackets left out), or `i` when there is none. */
function urlEnd(s, i) {
    const head = s.slice(i, i + 8).toLowerCase();
    const scheme = head.startsWith('https://') ? 8 : head.startsWith('http://') ? 7 : 0;
    if (scheme === 0)
        return i;
    let end = i + scheme;
    while (end < s.length && !/[\s<>"`]/.test(s[end]))
        end++;
    // Trailing sentence punctuation and closing brackets that do not belong to the URL (counted once, then kept up to date).
    const open = { ')': 0, ']': 0 };
    const close = { ')': 0, ']': 0 };
    for (let k = i; k < end; k++) {
        const c = s[k];
        if (c === '(')
            open[')']++;
        else if (c === '[')
            open[']']++;
        else if (c === ')' || c === ']')
            close[c]++;
    }
    for (;;) {
        const last = s[end - 1];
        if (/[.,;:!?'*_]/.test(last))
            end--;
        else if ((last === ')' || last === ']') && open[last] < close[last]) {
            close[last]--;
            end--;
        }
        else
            break;
    }
    return end > i + scheme ? end : i;
}
function oneLine(text) {
    return stripControl(text).replace(/\s+/g, ' ').trim();
}
function cut(s, max) {
    return s.length > max ? s.slice(0, Math.max(0, max - 1)) + '\u2026' : s;
}
/** Removes terminal escape sequences and other control characters (for the terminal report). */
function stripControl(text) {
    return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, ' ');
}


/***/ }),

/***/ 3108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  toSarif: () => (/* binding */ toSarif)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/reporters/escape.ts
var reporters_escape = __webpack_require__(2875);
;// CONCATENATED MODULE: ./src/reporters/sarif-help.ts
// The example in each SARIF rule's help: a short snippet of the file the fix touches, to adapt.
// Placeholders are <owner>, <repo>, <commit-sha> and security@example.org, which our own checks
// treat as unfilled, so a snippet pasted as it is never passes. The same shape as the advice snippets
// (a file, and a document section or YAML to add), so that one list can serve both.
const SECURITY_CONTACT = {
    file: 'SECURITY.md',
    language: 'markdown',
    text: `## Reporting a vulnerability

Please do not open a public issue. Report it privately through
[private vulnerability reporting](https://github.com/<owner>/<repo>/security/advisories/new)
or by e-mail to security@example.org. We acknowledge reports within 3 business days.`,
};
const DISCLOSURE = {
    file: 'SECURITY.md',
    language: 'markdown',
    text: `## Coordinated disclosure

Report privately through [private vulnerability reporting](https://github.com/<owner>/<repo>/security/advisories/new).
We acknowledge a report within 3 business days, agree on a fix with the reporter, and publish a
fix and an advisory within 90 days of the report.`,
};
const SUPPORT = {
    file: 'SECURITY.md',
    language: 'markdown',
    text: `## Supported versions

| Version | Support |
| --- | --- |
| 2.x | bug and security fixes |
| 1.x | security fixes until 2026-06-30, then none |`,
};
const INSIGHTS_REPOSITORIES = {
    file: 'security-insights.yml',
    language: 'yaml',
    text: `project:
  homepage: https://<owner>.github.io/<repo>
  repositories:
    - name: <repo>
      url: https://github.com/<owner>/<repo>
      comment: The source code, documentation and releases.`,
};
const INSIGHTS_DISTRIBUTION = {
    file: 'security-insights.yml',
    language: 'yaml',
    text: `repository:
  release:
    automated-pipeline: true
    distribution-points:
      - uri: https://github.com/<owner>/<repo>/releases
        comment: GitHub Releases`,
};
const LEAST_PERMISSIONS = {
    file: '.github/workflows/ci.yml',
    language: 'yaml',
    text: `permissions: {}          # nothing by default
jobs:
  test:
    runs-on: ubuntu-latest
    permissions:
      contents: read       # only what this job needs`,
};
const UNTRUSTED_INPUT = {
    file: '.github/workflows/ci.yml',
    language: 'yaml',
    text: `      - name: Greet
        env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE"      # never \${{ ... }} inside run:`,
};
const UNPRIVILEGED_PR = {
    file: '.github/workflows/ci.yml',
    language: 'yaml',
    text: `on: pull_request          # not pull_request_target: no secrets, a read-only token
permissions:
  contents: read`,
};
const TESTS_IN_CI = {
    file: '.github/workflows/ci.yml',
    language: 'yaml',
    text: `on: [push, pull_request]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@<commit-sha> # v4
      - run: make test`,
};
const DEPENDENCY_REVIEW = {
    file: '.github/workflows/dependency-review.yml',
    language: 'yaml',
    text: `on: pull_request
permissions:
  contents: read
jobs:
  dependency-review:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@<commit-sha> # v4
      - uses: actions/dependency-review-action@<commit-sha> # v4
        with:
          fail-on-severity: high`,
};
const SAST = {
    file: '.github/workflows/codeql.yml',
    language: 'yaml',
    text: `on: [push, pull_request]
permissions:
  contents: read
  security-events: write
jobs:
  analyze:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@<commit-sha> # v4
      - uses: github/codeql-action/init@<commit-sha> # v3
      - uses: github/codeql-action/analyze@<commit-sha> # v3`,
};
const section = (file, heading, body) => ({ file, language: 'markdown', text: `## ${heading}\n\n${body}` });
const EXAMPLES = {
    'OSPS-AC-04.01': LEAST_PERMISSIONS,
    'OSPS-AC-04.02': LEAST_PERMISSIONS,
    'OSPS-BR-01.01': UNTRUSTED_INPUT,
    'OSPS-BR-01.03': UNPRIVILEGED_PR,
    'OSPS-BR-01.04': UNTRUSTED_INPUT,
    'OSPS-BR-03.01': INSIGHTS_REPOSITORIES,
    'OSPS-BR-03.02': INSIGHTS_DISTRIBUTION,
    'OSPS-BR-04.01': section('CHANGELOG.md', '1.4.0 (2026-03-01)', '### Security\n\n- Fix path traversal in the archive reader (GHSA-xxxx-xxxx-xxxx).\n\n### Changed\n\n- `--output` accepts a folder.'),
    'OSPS-BR-07.02': section('SECURITY.md', 'Secrets and credentials', 'Publishing tokens and signing keys are GitHub Actions environment secrets. Only maintainers can read or change them; they are rotated every year and whenever a maintainer leaves.'),
    'OSPS-DO-01.01': section('README.md', 'Getting started', 'Install with `npm install -g <repo>`, then run `<repo> --help`. The user guide in docs/guide.md covers configuration.'),
    'OSPS-DO-02.01': section('CONTRIBUTING.md', 'Reporting bugs', 'Open an issue with the bug report template: what you did, what you expected, what happened, and the version. Report security problems as SECURITY.md says, not in an issue.'),
    'OSPS-DO-03.01': section('README.md', 'Verifying releases', 'Each release asset has a Sigstore bundle:\n\n```sh\ncosign verify-blob --bundle <repo>.tar.gz.sigstore.json \\\n  --certificate-identity-regexp "^https://github.com/<owner>/<repo>/" \\\n  --certificate-oidc-issuer https://token.actions.githubusercontent.com <repo>.tar.gz\n```'),
    'OSPS-DO-03.02': section('README.md', 'Who signs releases', 'Releases are built and signed by the release workflow of github.com/<owner>/<repo>; `gh attestation verify <asset> --repo <owner>/<repo>` shows the workflow and commit that produced an asset.'),
    'OSPS-DO-04.01': SUPPORT,
    'OSPS-DO-05.01': SUPPORT,
    'OSPS-DO-06.01': section('CONTRIBUTING.md', 'Dependency management', 'Propose a new dependency in the pull request that adds it, with why it is needed. Dependencies come from the public registry through the lock file; Dependabot opens updates weekly, and a maintainer reviews each one.'),
    'OSPS-DO-07.01': section('CONTRIBUTING.md', 'Building from source', 'You need Go 1.22 or newer and make. Clone the repository and run `make build`; the binary is written to bin/.'),
    'OSPS-GV-01.01': section('MAINTAINERS.md', 'Maintainers', 'These people can merge, release and read the repository secrets:\n\n- Ada Lovelace (@<handle>)\n- Alan Turing (@<handle>)'),
    'OSPS-GV-01.02': section('GOVERNANCE.md', 'Roles and responsibilities', 'Contributors propose changes through pull requests. Reviewers approve changes in the areas they know. Maintainers merge changes, cut releases and decide on the roadmap.'),
    'OSPS-GV-03.01': section('CONTRIBUTING.md', 'How to contribute', 'Open an issue to discuss a larger change first. Fork the repository, make your change on a branch and open a pull request against main; a maintainer reviews it within a week.'),
    'OSPS-GV-03.02': section('CONTRIBUTING.md', 'What a pull request needs', 'Tests for the change, `make lint` passing, one topic per pull request, and a commit message that says what and why. Every commit is signed off (`git commit -s`).'),
    'OSPS-GV-04.01': section('GOVERNANCE.md', 'Becoming a maintainer', 'A contributor with a record of reviewed contributions can be nominated by a maintainer; the maintainers decide by majority, and the new maintainer gets merge rights after a three-month review period.'),
    'OSPS-LE-01.01': section('CONTRIBUTING.md', 'Developer Certificate of Origin', 'Every commit carries a `Signed-off-by:` line (`git commit -s`), certifying the Developer Certificate of Origin (https://developercertificate.org). A check on each pull request enforces it.'),
    'OSPS-LE-02.02': { file: 'security-insights.yml', language: 'yaml', text: 'repository:\n  release:\n    license:\n      url: https://github.com/<owner>/<repo>/blob/main/LICENSE\n      expression: Apache-2.0' },
    'OSPS-QA-04.01': INSIGHTS_REPOSITORIES,
    'OSPS-QA-04.02': INSIGHTS_REPOSITORIES,
    'OSPS-QA-06.01': TESTS_IN_CI,
    'OSPS-QA-06.02': section('CONTRIBUTING.md', 'Running tests', 'Run `make test` before you open a pull request. CI runs the whole test suite on every pull request and on every push to main.'),
    'OSPS-QA-06.03': section('CONTRIBUTING.md', 'Tests', 'A pull request that changes behaviour adds or updates the tests that show it; a pull request without them is not merged.'),
    'OSPS-SA-02.01': section('README.md', 'Interfaces', 'The command line (`<repo> --help`), the configuration file (docs/config.md) and the HTTP API on port 8080 (docs/api.md) are the interfaces of a release.'),
    'OSPS-SA-03.01': section('docs/security/self-assessment.md', 'Self-assessment', 'Follow the OpenSSF security self-assessment template: metadata, overview, actors and actions, goals and non-goals, threats and how the project answers them.'),
    'OSPS-VM-01.01': DISCLOSURE,
    'OSPS-VM-02.01': SECURITY_CONTACT,
    'OSPS-VM-03.01': SECURITY_CONTACT,
    'OSPS-VM-04.01': section('SECURITY.md', 'Where vulnerabilities are published', 'Fixed vulnerabilities are published as GitHub security advisories at https://github.com/<owner>/<repo>/security/advisories, with a CVE when one is warranted.'),
    'OSPS-VM-05.01': section('SECURITY.md', 'Dependency vulnerabilities', 'A critical or high severity vulnerability in a dependency is fixed within 14 days of its advisory, medium within 90 days; an incompatible license is removed before the next release.'),
    'OSPS-VM-05.02': section('SECURITY.md', 'Before a release', 'No release is made while a known critical or high severity vulnerability in a dependency is open, unless a VEX statement shows that it does not affect the project.'),
    'OSPS-VM-05.03': DEPENDENCY_REVIEW,
    'OSPS-VM-06.01': section('SECURITY.md', 'Static analysis findings', 'A finding of high or critical severity blocks the merge until it is fixed; medium findings are fixed within 30 days. A maintainer reviews each false positive before it is dismissed.'),
    'OSPS-VM-06.02': SAST,
};
function helpExample(id) {
    return EXAMPLES[id];
}

;// CONCATENATED MODULE: ./src/reporters/severity.ts
// GitHub code scanning ranks alerts by `security-severity` (0.1-3.9 low, 4-6.9 medium,
// 7-8.9 high, 9+ critical). Our judgement of how directly each requirement guards the project.
const BY_FAMILY = { AC: 7.5, BR: 7.0, DO: 3.0, GV: 3.0, LE: 2.0, QA: 5.0, SA: 4.0, VM: 5.5 };
const BY_ID = {
    'OSPS-AC-01.01': 8.5,
    'OSPS-BR-01.01': 8.5,
    'OSPS-BR-01.03': 8.5,
    'OSPS-BR-07.01': 8.0,
    'OSPS-AC-04.02': 6.5,
    'OSPS-QA-05.01': 6.0,
    'OSPS-VM-02.01': 5.0,
    'OSPS-VM-03.01': 5.0,
};
function securitySeverity(id, family) {
    return (BY_ID[id] ?? BY_FAMILY[family] ?? 5.0).toFixed(1);
}

;// CONCATENATED MODULE: ./src/reporters/sarif.ts
// SARIF 2.1.0 for GitHub code scanning: one run, one rule per requirement, and one alert per
// requirement on the file its fix touches (result/anchor.ts); requirements whose evidence is a list of
// instances (committed executables, unsafe workflow lines, secrets) get one alert per instance.
// Fingerprints stay stable from run to run; URIs are relative to the repository root, which is where
// code scanning resolves them, also when the evaluated folder is a monorepo subfolder.




/** Requirements whose evidence lists instances of the problem, each worth its own alert. */
const PER_INSTANCE = new Set(['OSPS-AC-04.01', 'OSPS-AC-04.02', 'OSPS-BR-01.01', 'OSPS-BR-01.03', 'OSPS-BR-01.04', 'OSPS-BR-07.01', 'OSPS-QA-05.01', 'OSPS-QA-05.02']);
function toSarif(result, options = {}) {
    const unknownAsNotes = options.unknownAsNotes ?? true;
    const maxPerRule = options.maxResultsPerRule ?? 50;
    const prefix = normalisePrefix(options.uriPrefix ?? '');
    const uri = (path) => toUri(path, prefix, options.nameBytes);
    const cuts = [];
    const rules = result.controls.map((c) => ruleFor(c));
    const results = [];
    result.controls.forEach((c, ruleIndex) => {
        if (c.status === 'fail')
            results.push(...resultsFor(c, ruleIndex, 'error', maxPerRule, uri, cuts));
        else if (c.status === 'unknown' && unknownAsNotes)
            results.push(...resultsFor(c, ruleIndex, 'note', maxPerRule, uri, cuts));
    });
    for (const extra of extraResults(result, rules.length, uri, cuts)) {
        rules.push(extra.rule);
        results.push(...extra.results);
    }
    finishFingerprints(results);
    const properties = { catalog: `${result.catalog.id}@${result.catalog.version}`, level: result.level, evaluatedPath: prefix === '' ? '.' : prefix.slice(0, -1) };
    if (cuts.length > 0)
        properties.truncated = cuts;
    const run = {
        tool: {
            driver: {
                name: 'Security Slam',
                fullName: 'Security Slam: OSPS Baseline evaluation',
                version: result.tool.version,
                semanticVersion: result.tool.version,
                informationUri: result.tool.informationUri,
                rules,
            },
        },
        automationDetails: { id: `security-slam/${result.catalog.id}/level-${result.level}/` },
        // Code scanning reads a relative URI from the root of the repository; %SRCROOT% is that root,
        // left without an absolute URI so that no machine's path is written here.
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the repository (where code scanning resolves relative URIs).' } } },
        results,
        properties,
    };
    if (cuts.length > 0) {
        run.invocations = [
            {
                executionSuccessful: true,
                toolExecutionNotifications: cuts.map((c) => ({
                    level: 'note',
                    descriptor: { id: 'results-cut' },
                    associatedRule: { id: c.ruleId },
                    message: { text: `${c.ruleId}: ${c.reported} of ${c.total} results reported here; the result file (JSON) lists every one, and the job summary counts them.` },
                })),
            },
        ];
    }
    return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}
const SRCROOT = '%SRCROOT%';
function ruleFor(c) {
    const what = c.remediation ? `\n\n**What to do:** ${(0,reporters_escape/* mdRich */.SZ)(c.remediation, {}, 2000)}` : '';
    const example = helpExample(c.id);
    const sample = example ? `\n\n**Example** (\`${example.file}\`):\n\n${fence(example.text, example.language)}` : '';
    const where = PER_INSTANCE.has(c.id)
        ? 'Each alert is on a file and line where the evidence was found.'
        : 'One alert for the requirement, on the file its fix touches; when that file does not exist yet, on the closest existing file, and the message names the file to add.';
    return {
        id: c.id,
        name: c.id.replace(/[^A-Za-z0-9]/g, ''),
        shortDescription: { text: c.title },
        fullDescription: { text: `${c.id}: ${c.title}.` },
        helpUri: c.helpUri,
        help: {
            text: `${c.title}.\n\nOSPS Baseline requirement ${c.id} (maturity level ${c.level} and above).${c.remediation ? `\n\nWhat to do: ${c.remediation}` : ''}${example ? `\n\nExample (${example.file}):\n\n${example.text}` : ''}\n\nSee ${c.helpUri}`,
            markdown: `**${c.title}.**\n\nOSPS Baseline requirement [${c.id}](${c.helpUri}) applies from maturity level ${c.level}.${what}${sample}\n\n${where}`,
        },
        defaultConfiguration: { level: 'error' },
        properties: {
            tags: ['security', 'osps-baseline', `osps-${c.family.toLowerCase()}`, `level-${c.level}`],
            precision: 'high',
            'problem.severity': 'error',
            'security-severity': securitySeverity(c.id, c.family),
        },
    };
}
/** A fenced code block that no line of `text` can close. */
function fence(text, language) {
    let longest = 2;
    for (const m of text.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const f = '`'.repeat(longest + 1);
    return `${f}${language}\n${text}\n${f}`;
}
function resultsFor(c, ruleIndex, level, max, uri, cuts) {
    const remediation = c.remediation ? ` ${c.remediation}` : '';
    // Evidence outside the repository (a parent Security Insights file at a URL) is no place for an alert.
    const located = c.evidence.filter((e) => e.path !== undefined && (0,reporters_escape/* inRepository */.yJ)(e.path));
    if (PER_INSTANCE.has(c.id) && level === 'error' && located.length > 0) {
        if (located.length > max)
            cuts.push({ ruleId: c.id, reported: max, total: located.length });
        return located
            .slice(0, max)
            .map((e) => sarifResult(c.id, ruleIndex, level, `${c.id}: ${e.detail}.${remediation}`, { path: e.path, line: e.line ?? 1, column: e.column }, e.detail, uri));
    }
    if (!c.location)
        return []; // a repository without a single file: nothing to anchor to
    const detail = c.evidence.map((e) => `${e.path && e.path !== c.location?.path ? `${e.path}${e.line ? `:${e.line}` : ''}: ` : ''}${e.detail}`).join('; ');
    const create = c.location.create
        ? ` The fix adds ${c.location.create}, which does not exist yet; code scanning shows an alert only on an existing file, so this one is on ${c.location.path}.`
        : '';
    // One alert per requirement: its fingerprint leaves the file out, so the alert stays one when the fix moves it (README.md to a new SECURITY.md).
    return [sarifResult(c.id, ruleIndex, level, `${c.id}: ${detail}.${remediation}${create}`, c.location, REQUIREMENT, uri, true)];
}
const REQUIREMENT = 'requirement';
const MAX_MESSAGE = 2000;
/** One result on one place in the repository; `key` is what the fingerprint keeps besides the rule (and the file, unless `anyFile`). */
function sarifResult(ruleId, ruleIndex, level, text, where, key, uri, anyFile = false) {
    const region = { startLine: Math.max(1, where.line) };
    if (where.column !== undefined)
        region.startColumn = Math.max(1, where.column);
    return {
        ruleId,
        ruleIndex,
        level,
        message: { text: text.length > MAX_MESSAGE ? text.slice(0, MAX_MESSAGE - 1) + '\u2026' : text },
        locations: [{ physicalLocation: { artifactLocation: { uri: uri(where.path), uriBaseId: SRCROOT }, region } }],
        // Stable across runs: rule, file and what was found, never the line (which moves with edits).
        partialFingerprints: { [FINGERPRINT]: anyFile ? `${ruleId}\u0000${key}` : `${ruleId}\u0000${where.path}\u0000${key.replace(/\d+/g, '#')}` },
    };
}
const FINGERPRINT = 'slamFinding/v1';
/**
 * Hashes each result's fingerprint key; the second and later results with the same key (the same
 * finding twice in one file) get their occurrence number in it, so that code scanning keeps one
 * alert per result instead of merging them.
 */
function finishFingerprints(results) {
    const seen = new Map();
    for (const r of results) {
        const prints = r.partialFingerprints;
        const key = prints[FINGERPRINT];
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        prints[FINGERPRINT] = fingerprint(n === 0 ? key : `${key}\u0000${n}`);
    }
}
const EXTRA_RULES = {
    'security-insights/error': {
        id: 'security-insights/error',
        title: 'Security Insights file does not meet the specification',
        help: 'The file must validate against the Security Insights 2.x schema (schema.cue). Each result names the field, what was expected and, for misspelled or misplaced keys, what was probably meant.',
        level: 'error',
        severity: '4.0',
        tags: ['security', 'security-insights'],
    },
    'security-insights/warning': {
        id: 'security-insights/warning',
        title: 'Security Insights file needs attention',
        help: 'Valid by the schema, but out of date, pointing at missing files, or against the documented intent of the specification.',
        level: 'warning',
        severity: '2.0',
        tags: ['security', 'security-insights'],
    },
    'security-insights/note': {
        id: 'security-insights/note',
        title: 'Security Insights file: a suggestion',
        help: 'Not a problem with the file: a field that would make it more useful, or how it was read.',
        level: 'note',
        severity: '0.1',
        tags: ['security', 'security-insights'],
    },
    'workflow/unpinned-action': {
        id: 'workflow/unpinned-action',
        title: 'Action not pinned to a full commit SHA',
        help: 'A tag or branch can be moved to malicious code, as in the tj-actions/changed-files compromise; a full commit SHA cannot. Pin the action to the commit SHA and keep the version in a trailing comment (`uses: owner/action@<sha> # v1.2.3`).',
        level: 'warning',
        severity: '5.5',
        tags: ['security', 'supply-chain', 'hardening'],
    },
};
const MAX_EXTRA_PER_RULE = 500;
function extraResults(result, firstIndex, uri, cuts) {
    const groups = new Map();
    const totals = new Map();
    const add = (id, item) => {
        const list = groups.get(id) ?? [];
        if (list.length < MAX_EXTRA_PER_RULE)
            list.push(item);
        groups.set(id, list);
        totals.set(id, (totals.get(id) ?? 0) + 1);
    };
    const si = result.securityInsights;
    if (si) {
        for (const d of si.diagnostics) {
            if (!(0,reporters_escape/* inRepository */.yJ)(d.path))
                continue; // a parent file at a URL is not in this repository
            const id = d.severity === 'error' ? 'security-insights/error' : d.severity === 'warning' ? 'security-insights/warning' : 'security-insights/note';
            const field = d.field ? ` (${d.field})` : '';
            add(id, { path: d.path, line: Math.max(1, d.line), column: d.column > 0 ? d.column : undefined, message: `${d.message}${field}`, level: d.severity === 'info' ? 'note' : d.severity });
        }
    }
    for (const f of result.findings) {
        if (EXTRA_RULES[f.id] && (0,reporters_escape/* inRepository */.yJ)(f.path))
            add(f.id, { path: f.path, line: f.line, column: f.column, message: f.message, level: f.severity });
    }
    const out = [];
    for (const [id, items] of groups) {
        const r = EXTRA_RULES[id];
        const ruleIndex = firstIndex + out.length;
        const total = totals.get(id) ?? items.length;
        if (total > items.length)
            cuts.push({ ruleId: id, reported: items.length, total });
        const rule = {
            id: r.id,
            name: r.id.split(/[^A-Za-z0-9]+/).map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(''),
            shortDescription: { text: r.title },
            fullDescription: { text: r.help },
            help: { text: r.help, markdown: r.help },
            defaultConfiguration: { level: r.level },
            properties: { tags: r.tags, precision: 'high', 'problem.severity': r.level === 'note' ? 'recommendation' : r.level, 'security-severity': r.severity },
        };
        const results = items.map((it) => sarifResult(r.id, ruleIndex, it.level, it.message, it, it.message, uri));
        out.push({ rule, results });
    }
    return out;
}
/** '' or a relative folder ending in '/', with no '.' or empty segment; a prefix that leaves the root (never one workTreePrefix gives) counts as none. */
function normalisePrefix(prefix) {
    const segments = prefix.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.length === 0 || segments.some((s) => s === '..') || prefix.startsWith('/'))
        return '';
    return segments.join('/') + '/';
}
// Characters a URI may carry as they are (RFC 3986 unreserved, and the sub-delimiters encodeURIComponent keeps).
const URI_KEEP = /^[A-Za-z0-9\-_.!~*'()]$/;
/**
 * The URI of a path of the evaluated folder, relative to the repository root: each segment
 * percent-encoded from the file name's real bytes. A name that is not valid UTF-8 is kept by the
 * snapshot as bytes (nameBytes) and written in paths with each invalid byte as \xNN; without the
 * snapshot those escapes are read back as the bytes they stand for.
 */
function toUri(path, prefix, nameBytes) {
    const bytes = nameBytes?.(path) ?? pathBytes(path);
    let out = '';
    for (const b of bytes) {
        const ch = String.fromCharCode(b);
        out += ch === '/' || (b < 0x80 && URI_KEEP.test(ch)) ? ch : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return prefix.split('/').filter(Boolean).map(encodeURIComponent).join('/') + (prefix ? '/' : '') + out;
}
/** UTF-8 bytes of a path, with each \xNN escape of an invalid byte (80-ff) read back as that byte. */
function pathBytes(path) {
    if (!path.includes('\\x'))
        return Buffer.from(path, 'utf8');
    const parts = [];
    let i = 0;
    let text = '';
    while (i < path.length) {
        if (path[i] === '\\' && path[i + 1] === 'x' && /^[89a-f][0-9a-f]$/.test(path.slice(i + 2, i + 4))) {
            if (text)
                parts.push(Buffer.from(text, 'utf8'));
            text = '';
            parts.push(Buffer.from([parseInt(path.slice(i + 2, i + 4), 16)]));
            i += 4;
        }
        else {
            text += path[i];
            i++;
        }
    }
    if (text)
        parts.push(Buffer.from(text, 'utf8'));
    return Buffer.concat(parts);
}
function fingerprint(s) {
    return (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex').slice(0, 32);
}


/***/ })

};
