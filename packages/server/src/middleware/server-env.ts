/**
 * The Hono environment of the server's routes: what the authentication middleware puts on
 * `c.var`.
 * @module
 */
import type { AgentIdentity } from '../options';
import type { CaseRecord } from '../store/types';

/** `c.var.case` after `requireReporter`; `c.var.agent` after `requireAgent`. */
export interface ServerEnv {
  Variables: {
    /** The case whose access token the request carries. */
    case: CaseRecord;
    /** The authenticated support agent. */
    agent: AgentIdentity;
  };
}
