import { expect } from '@open-wc/testing';
import { waitingActions } from './waiting-actions';

interface Actions {
  edit(field: string, value: string): void;
  send(kind: string): string;
}

describe('waiting actions', () => {
  it('run nothing before the real actions are there, then every call in the order asked', async () => {
    const calls: string[] = [];
    let real: Actions | undefined;
    const waiting = waitingActions<Actions>(() => real);
    const first = waiting.actions.edit('message', 'My account was');
    waiting.actions.edit('message', 'My account was taken');
    const sent = waiting.actions.send('message') as unknown as Promise<string>;
    await new Promise((r) => setTimeout(r, 20));
    expect(calls, 'nothing ran before ready()').to.deep.equal([]);
    real = {
      edit: (field, value) => void calls.push(`${field}=${value}`),
      send: (kind) => {
        calls.push(`send ${kind}`);
        return 'sent';
      },
    };
    waiting.ready();
    await first;
    expect(await sent, "the real action's answer").to.equal('sent');
    expect(calls).to.deep.equal(['message=My account was', 'message=My account was taken', 'send message']);
  });

  it('after ready(), a call runs the real action at once (in the next microtask)', async () => {
    let ran = 0;
    const waiting = waitingActions<Actions>(() => ({ edit: () => void ran++, send: () => '' }));
    waiting.ready();
    await waiting.actions.edit('a', 'b');
    expect(ran).to.equal(1);
  });
});
