/**
 * The demo's implementations of the platform hooks: account lookup over the demo accounts and
 * agent authentication against the agent key hashes kept in the demo's state file.
 * @module
 */
import { bearer, sameDigest, sha256 } from '../crypto';
import type { AgentIdentity, RecourseHooks } from '../options';
import { normalizeAccountRef } from '../service/cases';
import { DEMO_ACCOUNTS, type DemoAccount } from './platform';

/** What the demo keeps about its agents: ids and SHA-256 of their keys, never the keys. */
export interface DemoAgents {
  agents: { id: string; keySha256: string }[];
}

/**
 * The demo hooks. `notify` is left out on purpose: notifications go to the store's outbox
 * (`SELECT * FROM outbox` shows what a sender would deliver).
 */
export function createDemoHooks(
  agents: DemoAgents,
  accounts: readonly DemoAccount[] = DEMO_ACCOUNTS,
): RecourseHooks {
  const hashes = agents.agents.map((a) => ({ id: a.id, hash: Buffer.from(a.keySha256, 'hex') }));
  return {
    lookupAccount(ref) {
      const key = normalizeAccountRef(ref);
      // Scans every account for every lookup: the same work whether or not it matches.
      let found: DemoAccount | null = null;
      // The platform's own id (`authenticateUser`'s userId, the ref of a session lock) names it too.
      for (const account of accounts)
        if ((account.refs.includes(key) || key === `user_id:${account.accountKey}`) && found === null)
          found = account;
      return found ? { accountKey: found.accountKey, contacts: found.contacts } : null;
    },
    authenticateAgent(request): AgentIdentity | null {
      const token = bearer(request);
      if (token === null) return null;
      const given = sha256(token);
      let who: AgentIdentity | null = null;
      for (const a of hashes) if (sameDigest(a.hash, given) && who === null) who = { id: a.id };
      return who;
    },
  };
}
