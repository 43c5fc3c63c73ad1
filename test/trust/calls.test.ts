// AWS calls per interview lifecycle (forward → every prompt → one reply), counted by an SDK middleware: a change that
// adds writes shows up here before it shows up on the bill.
import { describe, expect, it } from 'vitest';
import { benchLifecycle } from '../bench/lifecycle.js';

describe('AWS calls per lifecycle', () => {
  it('one DynamoDB write per message or prompt, one schedule per prompt, 12 writes in all', async () => {
    const l = await benchLifecycle();
    expect(l.invocations).toEqual({ inbound: 2, prompt: 5 });
    expect(l.emails).toBe(7); // acknowledgement, five prompts, the answer to the reply
    expect(l.writes).toBe(7); // forward, five prompts, reply
    expect(l.scheduleWrites).toBe(5);
    expect(l.writes + l.scheduleWrites).toBeLessThanOrEqual(12);
  });
});
