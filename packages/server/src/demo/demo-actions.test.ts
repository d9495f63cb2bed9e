import { describe, expect, it } from 'vitest';
import { createDemoActions } from './demo-actions';
import { createDemoAuth } from './demo-auth';

const signIn = (auth: ReturnType<typeof createDemoAuth>, password = 'lantern-demo-1') =>
  auth.routes.request('/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'mei', password }),
  });

describe("Lantern's demo actions", () => {
  it('a lock stops the sign-in (423 with the case number) and ends open sessions; the unlock lifts it', async () => {
    const actions = createDemoActions();
    const auth = createDemoAuth({ lockedBy: actions.lockedBy });
    const ok = await signIn(auth);
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get('set-cookie')!.split(';')[0]!;
    const me = () => auth.authenticateUser(new Request('http://demo/me', { headers: { cookie } }));
    expect(me()?.userId).toBe('acct_0001');

    const request = { actionId: 'act_1', accountKey: 'acct_0001', caseNumber: 'RC-7K3P-9M2X' };
    await actions.lockAccount!({ ...request, signal: new AbortController().signal });
    await actions.lockAccount!({ ...request, signal: new AbortController().signal }); // idempotent
    expect(actions.log()).toEqual(['lockAccount acct_0001 RC-7K3P-9M2X']);
    const refused = await signIn(auth);
    expect(refused.status).toBe(423);
    expect(await refused.json()).toMatchObject({ code: 'account_locked', caseNumber: 'RC-7K3P-9M2X' });
    expect((await signIn(auth, 'wrong')).status).toBe(401); // a wrong password learns nothing more
    expect(me()).toBeNull();

    await actions.unlockAccount!({ ...request, actionId: 'act_2', signal: new AbortController().signal });
    expect((await signIn(auth)).status).toBe(200);
  });

  it('lists and revokes made-up credentials', async () => {
    const actions = createDemoActions();
    const before = await actions.listCredentials!({ accountKey: 'acct_0002' });
    expect(before.map((c) => c.kind)).toContain('api_key');
    const key = before.find((c) => c.kind === 'api_key')!;
    await actions.revokeCredential!({
      actionId: 'act_3',
      accountKey: 'acct_0002',
      caseNumber: 'RC-1',
      credentialId: key.id,
      signal: new AbortController().signal,
    });
    const after = await actions.listCredentials!({ accountKey: 'acct_0002' });
    expect(after.map((c) => c.id)).not.toContain(key.id);
    expect(after).toHaveLength(before.length - 1);
  });
});
