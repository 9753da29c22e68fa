// OSPS-GV-02.01: Public discussion of changes and obstacles.
// GitHub issues or Discussions enabled (from the API), links to a mailing list, chat or forum (by address, or by a link
// text naming it in a section inviting people to it) in
// the community documents (the maintainers file too: "available in Slack at …") or the issue chooser's contact links (the repository's own Discussions
// in any page; a link to the channel is cited before a link to one thread in it), or a section about such a channel in
// the README, CONTRIBUTING, SUPPORT or governance. Nothing found: when the API could not be read, issues or Discussions that the tree
// declares enabled (`.asf.yaml` github.features, `.github/settings.yml` has_issues), issue templates in the tree or a guide's
// sentence sending changes to an issue ("discuss the change ... via an issue") make it attested (helpers/declared-settings.ts),
// else unknown; when the API answered, fail.
import { type DocumentInfo, type DocumentRole, documentsOf } from '../facts/documents.ts';
import type { Link } from '../facts/markdown.ts';
import type { Facts } from '../facts/types.ts';
import type { Evidence } from '../model/evidence.ts';
import { parseWebUrl } from '../model/web-url.ts';
import { declaredEvidence, declaredFeature, orDeclared } from './helpers/declared-settings.ts';
import { apiUnknownDetail, capEvidence, fileEvidence, linkShown } from './helpers/evidence.ts';
import { findProjectSection, headingAt, headingIs, projectLine, sectionEvidence } from './helpers/sections.ts';
import { findStatementIn, statementEvidence } from './helpers/statements.ts';
import { fail, type Outcome, pass, unknown } from './types.ts';

const DISCUSSION_LINK = /^https?:\/\/slack\.[a-z0-9-]+\.[a-z]{2,}(\/|$)|(^https?:\/\/([a-z0-9-]+\.)*(slack\.com|discord\.gg|discord\.com|gitter\.im|matrix\.to|zulipchat\.com|groups\.google\.com|groups\.io|discourse\.[a-z.]+|lists\.[a-z0-9.-]+)(\/|$))|^https?:\/\/github\.com\/[^/]+\/[^/]+\/discussions|^https?:\/\/github\.com\/[^/]+\/[^/]+\/issues\/?$|^https?:\/\/github\.com\/orgs\/[^/]+\/discussions|^https?:\/\/github\.com\/[^/]+\/discussions\/?$|^https?:\/\/lists\.|\/mailman\/|\/mailing-?lists?\b|^mailto:[^@]+@(lists|groups)\./i;

/**
 * A forum by its host's name: a label that is forum, community or discuss (alone or before a hyphen)
 * (forum.example-project.org, discuss.python.org, community.cncf.io), or that ends in forum
 * (elixirforum.com). A word inside a label names something else: steamcommunity.com is the Steam
 * store's, linked from pandoc's list of output formats.
 */
function forumHost(target: string): boolean {
  const host = parseWebUrl(target)?.hostname.toLowerCase();
  return host !== undefined && host.split('.').slice(0, -1).some((label) => /^(?:forums?|community|discuss(?:ions?)?)(?:-|$)/.test(label) || /forums?$/.test(label));
}

/** Chat and list services whose own home page is no project's channel: a channel has a path (discord.gg/abc, gitter.im/org/room). */
const SERVICE_HOSTS = new Set(['slack.com', 'discord.gg', 'discord.com', 'discordapp.com', 'gitter.im', 'matrix.to', 'zulipchat.com', 'groups.google.com', 'groups.io']);

/**
 * The home page of a chat or list service (eslint's README sponsor logos: Discord's links https://discord.com): the
 * company's site, not a room of the project's. A workspace's host (kubernetes.slack.com) is a channel.
 */
function serviceHomePage(target: string): boolean {
  const u = parseWebUrl(target);
  if (!u) return false;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  return SERVICE_HOSTS.has(host) && (u.pathname === '' || u.pathname === '/') && u.search === '' && u.hash === '';
}

/**
 * A link that names the channel rather than its address: its text is the chat or list ("Slack", "our Discord server",
 * "mailing list"), its target the project's own redirect (https://buf.build/links/slack). Counted only in a section
 * that invites people to it (its heading is about the community or help, or its prose says join, chat, discuss or ask):
 * "[Slack](…/integrations/slack)" in a list of notification targets is a feature, not a channel.
 */
const CHANNEL_TEXT = /^(?:(?:our|the|join(?: us on)?)\s+)?(?:slack|discord|gitter|matrix|zulip|irc|mailing[- ]lists?|(?:discussion |community )?forums?)(?:\s+(?:channel|workspace|server|chat|room|community|group))?$/i;
const INVITING_HEADING = /\b(?:community|discussions?|chat|contact|support|help|get(?:ting)? in touch|talk to us)\b/i;
const INVITING_PROSE = /\b(?:join|chat with|talk to|discuss(?:ion|ions)?|ask)\b/i;

function namedChannel(doc: DocumentInfo, l: Link): boolean {
  if (l.image || !/^https?:\/\//i.test(l.target) || !CHANNEL_TEXT.test(l.text.trim())) return false;
  const h = headingAt(doc, l.line);
  return h !== undefined && (INVITING_HEADING.test(h.text) || INVITING_PROSE.test(h.body));
}

/** Links about the community that are not a place to discuss: reports, surveys, posts, recordings. */
const NOT_A_CHANNEL = /\b(surveys?|reports?|results|blog|posts?|articles?|slides|videos?|webinars?|podcasts?|recordings?|minutes|newsletter|announcements?)\b/i;

const DISCUSSION_HEADING = /\b(mailing lists?|slack|discord|gitter|matrix|zulip|chat|forums?|discussions?|communication( channels?)?|community (channels?|meetings?)|get(ting)? in touch|talk to us)\b/i;

/** The issue templates too: the chooser's contact links (.github/ISSUE_TEMPLATE/config.yml) send questions to a forum or chat. */
const DISCUSSION_ROLES: DocumentRole[] = ['readme', 'contributing', 'support', 'governance', 'maintainers', 'code-of-conduct', 'issue-template', 'docs'];

/** A sentence sending changes or problems to an issue: "open an issue", "discuss the change you wish to make via an issue". */
const ISSUE_CHANNEL = /\b(?:open|create|file|submit|raise)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:github\s+)?issue\b|\bdiscuss(?:ing|ed|ion)?\b[^.]{0,80}?\b(?:via|in|through|on|with|using)\s+(?:an?\s+|the\s+)?(?:github\s+)?issues?\b/i;
/**
 * Not so: a sentence keeping reports out of public issues, an issue tracker other than GitHub's, or
 * another project's repository (zstd's README on its vcpkg port: "please create an issue or pull
 * request on the vcpkg repository"); "in the repository", "in this repository" are this one.
 */
const NOT_ISSUE_CHANNEL =
  /\b(?:not|never|don[\u2019']t|instead of|rather than)\b|\bsecurity\b|\bvulnerabilit|\b(?:jira|gitlab|bugzilla|launchpad|trac|youtrack)\b|\b(?:on|in|at|to|against)\s+(?:the\s+)?(?!(?:the|a|an|this|our|its|same|main|project|github|official|source|git)\s)[\w.-]+(?:['\u2019]s)?\s+(?:github\s+)?(?:repository|repo)\b/i;

export const id = 'OSPS-GV-02.01';

/** The requirement begins "While active": not applicable once Security Insights says the repository is not. */
export const whileActive = true;

/** A link to one thread of a channel (a GitHub discussion by number, a forum topic), not to the channel. */
const THREAD_LINK = /\/discussions\/\d|\/t\/[^/]+\/\d/i;
/** Channel links read, at most, before the three cited are chosen. */
const MAX_CANDIDATES = 30;

export function evaluate(facts: Facts): Outcome {
  const found: Evidence[] = [];
  const repo = facts.github.repo;
  if (repo.state === 'ok') {
    const url = repo.data.htmlUrl;
    if (repo.data.hasIssues === true) found.push({ kind: 'api', url: `${url}/issues`, detail: `GitHub issues are enabled (${repo.source.endpoint}: has_issues true)` });
    if (repo.data.hasDiscussions === true) found.push({ kind: 'api', url: `${url}/discussions`, detail: `GitHub Discussions are enabled (${repo.source.endpoint}: has_discussions true)` });
  }
  const candidates: { evidence: Evidence; thread: boolean }[] = [];
  // Three links to channels are all that is cited: reading on (every page's links) would change nothing.
  const enough = () => candidates.length >= MAX_CANDIDATES || candidates.filter((c) => !c.thread).length >= 3;
  // The repository's own Discussions are the project's channel wherever a page links them (pydantic's docs/help_with_pydantic.md).
  const own = facts.context.repository ? `github.com/${facts.context.repository.toLowerCase()}/discussions` : null;
  const ownDiscussions = (target: string) => own !== null && target.toLowerCase().replace(/^https?:\/\//, '').startsWith(own);
  for (const role of DISCUSSION_ROLES) {
    for (const doc of documentsOf(facts.documents, role)) {
      for (const l of doc.outline?.links ?? []) {
        // A link in a product document counts only in a project-level section; a report, survey or post about the community is not a channel.
        const byAddress = DISCUSSION_LINK.test(l.target) || forumHost(l.target);
        if (!(byAddress || namedChannel(doc, l)) || serviceHomePage(l.target) || NOT_A_CHANNEL.test(`${l.text} ${l.target}`) || !(projectLine(doc, l.line) || ownDiscussions(l.target))) continue;
        candidates.push({ evidence: fileEvidence(doc.path, `links to a public discussion channel: ${byAddress ? l.target.slice(0, 200) : linkShown(l.text, l.target, 80, 200)}`, l.line, l.column), thread: THREAD_LINK.test(l.target) });
        if (enough()) break;
      }
      if (enough()) break;
    }
    if (enough()) break;
  }
  // The channel itself first, a link to one thread in it last: pydantic's docs/help_with_pydantic.md links its Discussions,
  // docs/concepts/performance.md (read first) two comments in them.
  const links = [...candidates.filter((c) => !c.thread), ...candidates.filter((c) => c.thread)].slice(0, 3).map((c) => c.evidence);
  found.push(...links);
  if (links.length === 0) {
    // Headings only in community documents: "Matrix" or "Chat" in an API reference is not a channel.
    const section = findProjectSection(facts, ['readme', 'contributing', 'support', 'governance'], headingIs(DISCUSSION_HEADING), 40);
    if (section) found.push(sectionEvidence(section, 'documents a public discussion channel'));
  }
  if (found.length > 0) return pass(capEvidence(found));
  const remediation =
    'Enable GitHub issues or Discussions for the repository, or document a public mailing list or chat (Slack, Discord, Matrix) with a link in the README or CONTRIBUTING.md.';
  if (repo.state === 'unknown') {
    const declared = (['issues', 'discussions'] as const).flatMap((feature) =>
      declaredFeature(facts, feature).map(({ file, line }) => declaredEvidence(file, line, `GitHub ${feature === 'issues' ? 'issues' : 'Discussions'} declared enabled`)),
    );
    // Issue templates (grpc-go's bug, feature request and question templates) are the project's word that changes and problems
    // are raised in GitHub issues; GitHub shows them only while issues are enabled, which is not observed here.
    const templates = documentsOf(facts.documents, 'issue-template').filter((d) => !/\/config\.ya?ml$/i.test(d.path));
    if (templates.length > 0)
      declared.push(fileEvidence(templates[0].path, `issue template${templates.length > 1 ? ` (and ${templates.length - 1} more)` : ''}: the project takes changes and problems in GitHub issues`, 1));
    // So is a guide's sentence asking for a change to be discussed in an issue first (the common CONTRIBUTING.md's "please first
    // discuss the change you wish to make via an issue", sigstore/model-transparency's).
    const asked = findStatementIn(facts, ['contributing', 'readme', 'support'], ISSUE_CHANNEL, { reject: NOT_ISSUE_CHANNEL, lead: true });
    if (asked) declared.push(statementEvidence(asked, 'the project asks for changes and problems to be raised in GitHub issues'));
    return orDeclared(
      facts,
      unknown(`${apiUnknownDetail(repo, 'whether GitHub issues or Discussions are enabled')}; no document links to a mailing list, chat or forum`, remediation),
      declared,
      'Link the issue tracker or Discussions from the README or CONTRIBUTING.md, so that the channel is documented as well as enabled.',
    );
  }
  return fail(
    [
      { kind: 'api', url: repo.data.htmlUrl, detail: `${repo.source.endpoint}: has_issues ${String(repo.data.hasIssues)}, has_discussions ${String(repo.data.hasDiscussions)}` },
      { kind: 'note', detail: 'no document links to a mailing list, chat or forum' },
    ],
    remediation,
  );
}
