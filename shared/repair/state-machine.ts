import { z } from 'zod';

/**
 * A repair application from the window to the decision. `draft` is the form being filled in at the window, before
 * it exists for the platform; the other states are those of the procedure.
 */
export const RepairState = z.enum([
  'draft',
  'submitted',
  'accepted',
  'refused',
  'reviewing',
  'granted',
  'denied',
]);
export type RepairState = z.infer<typeof RepairState>;

export const REPAIR_STATE_LABELS: Record<RepairState, string> = {
  draft: '填写中',
  submitted: '已提交',
  accepted: '已受理',
  refused: '不予受理',
  reviewing: '审核中',
  granted: '准予修复',
  denied: '不予修复',
};

export type RepairActor = 'window-clerk' | 'platform-reviewer';

export const REPAIR_ACTOR_LABELS: Record<RepairActor, string> = {
  'window-clerk': '窗口工作人员',
  'platform-reviewer': '市平台审核人员',
};

/** Refusing or denying must say why: the applicant is told in writing. */
export type RepairEvent =
  | { type: 'submit' }
  | { type: 'accept' }
  | { type: 'refuse'; reason: string }
  | { type: 'start-review' }
  | { type: 'grant' }
  | { type: 'deny'; reason: string };
export type RepairEventType = RepairEvent['type'];

export const REPAIR_EVENT_TYPES = [
  'submit',
  'accept',
  'refuse',
  'start-review',
  'grant',
  'deny',
] as const satisfies readonly RepairEventType[];

export const REPAIR_EVENT_LABELS: Record<RepairEventType, string> = {
  submit: '提交',
  accept: '受理',
  refuse: '不予受理',
  'start-review': '开始审核',
  grant: '准予修复',
  deny: '不予修复',
};

export type RepairTransitionRule = {
  from: RepairState;
  event: RepairEventType;
  to: RepairState;
  /** Who may do it: the window takes the application in, the platform decides (谁认定、谁修复 stays upstream). */
  actors: readonly RepairActor[];
  reasonRequired: boolean;
};

/** The whole procedure as data; anything not listed here is refused. */
export const REPAIR_TRANSITIONS: readonly RepairTransitionRule[] = [
  { from: 'draft', event: 'submit', to: 'submitted', actors: ['window-clerk'], reasonRequired: false },
  { from: 'submitted', event: 'accept', to: 'accepted', actors: ['window-clerk'], reasonRequired: false },
  { from: 'submitted', event: 'refuse', to: 'refused', actors: ['window-clerk'], reasonRequired: true },
  {
    from: 'accepted',
    event: 'start-review',
    to: 'reviewing',
    actors: ['platform-reviewer'],
    reasonRequired: false,
  },
  { from: 'reviewing', event: 'grant', to: 'granted', actors: ['platform-reviewer'], reasonRequired: false },
  { from: 'reviewing', event: 'deny', to: 'denied', actors: ['platform-reviewer'], reasonRequired: true },
];

export type TransitionErrorCode = 'ILLEGAL_TRANSITION' | 'ACTOR_NOT_ALLOWED' | 'REASON_REQUIRED';

export type TransitionResult =
  { ok: true; state: RepairState } | { ok: false; code: TransitionErrorCode; message: string };

export function transition(state: RepairState, event: RepairEvent, actor: RepairActor): TransitionResult {
  const rule = REPAIR_TRANSITIONS.find((entry) => entry.from === state && entry.event === event.type);
  if (!rule) {
    return {
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      message: `当前状态为“${REPAIR_STATE_LABELS[state]}”，不能执行“${REPAIR_EVENT_LABELS[event.type]}”。`,
    };
  }
  if (!rule.actors.includes(actor)) {
    return {
      ok: false,
      code: 'ACTOR_NOT_ALLOWED',
      message: `“${REPAIR_EVENT_LABELS[event.type]}”须由${rule.actors.map((entry) => REPAIR_ACTOR_LABELS[entry]).join('或')}办理。`,
    };
  }
  if (rule.reasonRequired && !('reason' in event && event.reason.trim().length > 0)) {
    return {
      ok: false,
      code: 'REASON_REQUIRED',
      message: `“${REPAIR_EVENT_LABELS[event.type]}”须填写理由，以便书面告知申请人。`,
    };
  }
  return { ok: true, state: rule.to };
}

/** No event leads out of these. */
export function isFinalState(state: RepairState): boolean {
  return !REPAIR_TRANSITIONS.some((entry) => entry.from === state);
}
