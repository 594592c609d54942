import { describe, expect, it } from 'vitest';
import {
  isFinalState,
  REPAIR_EVENT_TYPES,
  RepairState,
  transition,
  type RepairActor,
  type RepairEvent,
  type RepairEventType,
} from './state-machine';

// The procedure written out independently of REPAIR_TRANSITIONS, so a wrong edit of the table fails here.
const LEGAL: Record<string, { to: RepairState; actor: RepairActor }> = {
  'draft/submit': { to: 'submitted', actor: 'window-clerk' },
  'submitted/accept': { to: 'accepted', actor: 'window-clerk' },
  'submitted/refuse': { to: 'refused', actor: 'window-clerk' },
  'accepted/start-review': { to: 'reviewing', actor: 'platform-reviewer' },
  'reviewing/grant': { to: 'granted', actor: 'platform-reviewer' },
  'reviewing/deny': { to: 'denied', actor: 'platform-reviewer' },
};
const ACTORS: RepairActor[] = ['window-clerk', 'platform-reviewer'];

function eventOf(type: RepairEventType, reason = '材料不齐全'): RepairEvent {
  return type === 'refuse' || type === 'deny' ? { type, reason } : { type };
}

describe('transition', () => {
  const pairs = RepairState.options.flatMap((state) =>
    REPAIR_EVENT_TYPES.map((type) => [state, type] as const),
  );

  it('covers all 42 state × event pairs', () => {
    expect(pairs).toHaveLength(42);
  });

  it.each(pairs)('%s + %s: allowed only as the procedure says, only for its actor', (state, type) => {
    const legal = LEGAL[`${state}/${type}`];
    for (const actor of ACTORS) {
      const result = transition(state, eventOf(type), actor);
      if (legal && actor === legal.actor) {
        expect(result).toEqual({ ok: true, state: legal.to });
      } else if (legal) {
        expect(result).toMatchObject({ ok: false, code: 'ACTOR_NOT_ALLOWED' });
      } else {
        expect(result).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
        if (!result.ok) expect(result.message).toMatch(/不能执行/);
      }
    }
  });

  it('requires a reason to refuse or deny', () => {
    expect(transition('submitted', { type: 'refuse', reason: '  ' }, 'window-clerk')).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    expect(transition('reviewing', { type: 'deny', reason: '' }, 'platform-reviewer')).toMatchObject({
      ok: false,
      code: 'REASON_REQUIRED',
    });
  });

  it('ends in 不予受理, 准予 or 不予 and nowhere else', () => {
    expect(RepairState.options.filter(isFinalState)).toEqual(['refused', 'granted', 'denied']);
  });
});
