// The owners a CODEOWNERS file names: people (@user, an e-mail address) or GitHub teams
// (@org/team). A team's members are listed on GitHub, not in the tree: dapr's only rule is
// "* @dapr/maintainers-dapr @dapr/approvers-dapr", which names no one.

export interface CodeOwners {
  /** @user handles and e-mail addresses, at most MAX_OWNERS. */
  people: string[];
  /** @org/team handles, at most MAX_OWNERS. */
  teams: string[];
  /** The line of the first rule that names an owner (1 when none does). */
  line: number;
}

const MAX_OWNERS = 20;
const MAX_LINES = 2000;
const USER = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
const TEAM = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[\w.-]{1,100}$/;
const EMAIL = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}$/;

/** The distinct people and teams of a CODEOWNERS text's rules (comments and the path patterns left out). */
export function codeOwnersIn(text: string): CodeOwners {
  const people = new Set<string>();
  const teams = new Set<string>();
  let n = 0;
  let line = 0;
  for (const raw of text.split('\n')) {
    if (++n > MAX_LINES) break;
    const hash = raw.indexOf('#');
    const tokens = (hash >= 0 ? raw.slice(0, hash) : raw).trim().split(/[ \t]+/).slice(1);
    for (const t of tokens) {
      if ((TEAM.test(t) || USER.test(t) || EMAIL.test(t)) && line === 0) line = n;
      if (TEAM.test(t)) {
        if (teams.size < MAX_OWNERS) teams.add(t);
      } else if ((USER.test(t) || EMAIL.test(t)) && people.size < MAX_OWNERS) people.add(t);
    }
  }
  return { people: [...people], teams: [...teams], line: line || 1 };
}
