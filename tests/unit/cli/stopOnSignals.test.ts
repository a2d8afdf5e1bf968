// The first signal stops cleanly, a second exits at once; no clock involved
// (the deadline is far away, the stop resolves when the test says so).
import { EventEmitter } from 'node:events';
import { stopOnSignals } from '../../../src/cli/stopOnSignals';

function harness() {
  const target = new EventEmitter();
  const exits: number[] = [];
  const messages: string[] = [];
  let finish: (error?: Error) => void = () => {};
  const stopped = new Promise<void>((resolve, reject) => {
    finish = (error) => (error ? reject(error) : resolve());
  });
  let stops = 0;
  stopOnSignals({
    stop: () => {
      stops += 1;
      return stopped;
    },
    log: (message) => messages.push(message),
    deadlineMs: 600_000,
    target,
    exit: (code) => exits.push(code),
  });
  const flush = () => new Promise((resolve) => setImmediate(resolve));
  return { target, exits, messages, finish, flush, stops: () => stops };
}

it('stops once on the first signal and exits 0 when the stop is done', async () => {
  const h = harness();
  h.target.emit('SIGTERM', 'SIGTERM');
  await h.flush();
  expect([h.stops(), h.exits]).toEqual([1, []]);
  h.finish();
  await h.flush();
  expect(h.exits).toEqual([0]);
});

it('exits at once (130) on a second signal while stopping', () => {
  const h = harness();
  h.target.emit('SIGINT', 'SIGINT');
  h.target.emit('SIGINT', 'SIGINT');
  expect(h.exits).toEqual([130]);
  expect(h.stops()).toBe(1);
  expect(h.messages).toContain('second signal: exiting now');
  h.finish();
});

it('exits 1 when the stop fails', async () => {
  const h = harness();
  h.target.emit('SIGTERM', 'SIGTERM');
  h.finish(new Error('driver would not close'));
  await h.flush();
  expect(h.exits).toEqual([1]);
});
