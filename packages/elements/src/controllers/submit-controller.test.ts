import { expect } from '@open-wc/testing';
import { RecourseApiError, RecourseNetworkError } from '@recourse/core';
import type { ReactiveControllerHost } from 'lit';
import { classifyError, SubmitController } from './submit-controller';

const api = (status: number, code: string) =>
  new RecourseApiError({ type: `urn:recourse:problem:${code}`, title: code, status, code } as never);

/** A host that is not an element: the controller needs only `requestUpdate`. */
function host() {
  const h = { updates: 0, requestUpdate: () => void h.updates++, addController: () => undefined };
  return h as typeof h & ReactiveControllerHost;
}

describe('classifyError', () => {
  it('classifies every error the client throws one way', () => {
    expect(classifyError(api(401, 'unauthorized'))).to.deep.equal({
      code: 'unauthorized',
      problem: 'unauthorized',
    });
    expect(classifyError(api(403, 'forbidden'))).to.deep.equal({
      code: 'unauthorized',
      problem: 'forbidden',
    });
    expect(classifyError(api(404, 'not_found'))).to.deep.equal({ code: 'not_found', problem: 'not_found' });
    expect(classifyError(api(409, 'workflow_refused'))).to.deep.equal({
      code: 'rejected',
      problem: 'workflow_refused',
    });
    expect(classifyError(api(422, 'validation_failed'))).to.deep.equal({
      code: 'invalid',
      problem: 'validation_failed',
    });
    expect(classifyError(api(500, 'internal'))).to.deep.equal({ code: 'failed', problem: 'internal' });
    expect(classifyError(new RecourseNetworkError('timeout'))).to.deep.equal({ code: 'network' });
    expect(classifyError(new TypeError('Failed to fetch'))).to.deep.equal({ code: 'network' });
    expect(classifyError(new Error('boom'))).to.deep.equal({ code: 'failed' });
    expect(classifyError(undefined)).to.deep.equal({ code: 'failed' });
  });
});

describe('SubmitController', () => {
  it('keeps an action key until a definite answer, runs one action at a time, and refreshes after a refusal', async () => {
    const h = host();
    let refreshed = 0;
    const submit = new SubmitController(h, { refresh: () => void refreshed++ });
    const keys: string[] = [];
    const fail = (error: unknown) => (key: string) => {
      keys.push(key);
      return Promise.reject(error);
    };
    expect(await submit.run('case-1:close', fail(new TypeError('offline')))).to.deep.equal({
      ok: false,
      error: { code: 'network' },
    });
    expect(await submit.run('case-1:close', fail(api(500, 'internal')))).to.deep.include({ ok: false });
    expect(keys[1], 'kept after no definite answer').to.equal(keys[0]);
    expect(await submit.run('case-1:close', fail(api(409, 'workflow_refused')))).to.deep.include({
      ok: false,
    });
    expect(keys[2]).to.equal(keys[0]);
    expect(refreshed, 'refresh after workflow_refused').to.equal(1);
    const ok = await submit.run('case-1:close', async (key) => {
      keys.push(key);
      return 'done';
    });
    expect(ok).to.deep.equal({ ok: true, value: 'done' });
    expect(keys[3], 'a refusal retires the key').not.to.equal(keys[0]);
    await submit.run('case-1:close', async (key) => keys.push(key));
    expect(keys[4], 'a success retires the key').not.to.equal(keys[3]);
    expect(await submit.run('case-1:freeze', async (key) => key)).to.deep.include({ ok: true });

    let release!: () => void;
    const first = submit.run('case-1:a', () => new Promise<void>((r) => (release = r)));
    expect(submit.busy).to.equal('case-1:a');
    expect(await submit.run('case-1:b', async () => 'x'), 'another action while busy').to.equal(undefined);
    release();
    await first;
    expect(submit.busy).to.equal(null);
    expect(h.updates).to.be.greaterThan(0);
  });
});
