import { z } from 'zod';

/**
 * An objection from the window to the 认定单位's decision. The window takes it in at once (`submitted`, 已受理);
 * the platform routes it to the 认定单位 (`routed`) or refuses it (`rejected`, 不予受理, with reason); the
 * 认定单位's decision closes it (`decided`, 已办结); the applicant may withdraw it while it is open.
 */
export const objectionStates = ['submitted', 'routed', 'decided', 'rejected', 'withdrawn'] as const;
export const ObjectionState = z.enum(objectionStates);
export type ObjectionState = z.infer<typeof ObjectionState>;

export const OBJECTION_STATE_LABELS: Record<ObjectionState, string> = {
  submitted: '已受理',
  routed: '已转认定单位',
  decided: '已办结',
  rejected: '不予受理',
  withdrawn: '已撤回',
};

export type ObjectionActor = 'window-clerk' | 'platform-reviewer';

export const OBJECTION_ACTOR_LABELS: Record<ObjectionActor, string> = {
  'window-clerk': '窗口工作人员',
  'platform-reviewer': '市平台审核人员',
};

/** 不予受理, 延长 and 撤回 must say why: the applicant is told in writing. */
export type ObjectionEvent =
  | { type: 'route' }
  | { type: 'extend'; reason: string }
  | { type: 'decide'; reason: string }
  | { type: 'reject'; reason: string }
  | { type: 'withdraw'; reason: string };
export type ObjectionEventType = ObjectionEvent['type'];

export const OBJECTION_EVENT_TYPES = [
  'route',
  'extend',
  'decide',
  'reject',
  'withdraw',
] as const satisfies readonly ObjectionEventType[];

export const OBJECTION_EVENT_LABELS: Record<ObjectionEventType | 'submit', string> = {
  submit: '受理',
  route: '转认定单位',
  extend: '延长处理期限',
  decide: '作出处理决定',
  reject: '不予受理',
  withdraw: '撤回',
};

export type ObjectionTransitionRule = {
  from: ObjectionState;
  event: ObjectionEventType;
  to: ObjectionState;
  actors: readonly ObjectionActor[];
  reasonRequired: boolean;
};

/** The whole procedure as data; anything not listed here is refused. */
export const OBJECTION_TRANSITIONS: readonly ObjectionTransitionRule[] = [
  { from: 'submitted', event: 'route', to: 'routed', actors: ['platform-reviewer'], reasonRequired: false },
  { from: 'submitted', event: 'reject', to: 'rejected', actors: ['platform-reviewer'], reasonRequired: true },
  { from: 'submitted', event: 'withdraw', to: 'withdrawn', actors: ['window-clerk'], reasonRequired: true },
  { from: 'routed', event: 'extend', to: 'routed', actors: ['platform-reviewer'], reasonRequired: true },
  { from: 'routed', event: 'decide', to: 'decided', actors: ['platform-reviewer'], reasonRequired: true },
  { from: 'routed', event: 'withdraw', to: 'withdrawn', actors: ['window-clerk'], reasonRequired: true },
];

export type ObjectionTransitionCode =
  'ILLEGAL_TRANSITION' | 'ACTOR_NOT_ALLOWED' | 'REASON_REQUIRED' | 'ALREADY_EXTENDED';

export type ObjectionTransitionResult =
  { ok: true; state: ObjectionState } | { ok: false; code: ObjectionTransitionCode; message: string };

/** `extended`: the processing deadline was extended already (once only). */
export function transitionObjection(
  state: ObjectionState,
  event: ObjectionEvent,
  actor: ObjectionActor,
  extended = false,
): ObjectionTransitionResult {
  const rule = OBJECTION_TRANSITIONS.find((entry) => entry.from === state && entry.event === event.type);
  if (!rule) {
    return {
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      message: `当前状态为“${OBJECTION_STATE_LABELS[state]}”，不能执行“${OBJECTION_EVENT_LABELS[event.type]}”。`,
    };
  }
  if (!rule.actors.includes(actor)) {
    return {
      ok: false,
      code: 'ACTOR_NOT_ALLOWED',
      message: `“${OBJECTION_EVENT_LABELS[event.type]}”须由${rule.actors.map((entry) => OBJECTION_ACTOR_LABELS[entry]).join('或')}办理。`,
    };
  }
  if (rule.reasonRequired && !('reason' in event && event.reason.trim().length > 0)) {
    return {
      ok: false,
      code: 'REASON_REQUIRED',
      message: `“${OBJECTION_EVENT_LABELS[event.type]}”须填写理由，以便书面告知申请人。`,
    };
  }
  if (event.type === 'extend' && extended) {
    return { ok: false, code: 'ALREADY_EXTENDED', message: '处理期限已延长过一次，不能再次延长。' };
  }
  return { ok: true, state: rule.to };
}

/** Still open: the record carries the 异议处理中 mark. */
export function isOpenObjection(state: ObjectionState): boolean {
  return state === 'submitted' || state === 'routed';
}

/** No event leads out of these. */
export function isFinalObjectionState(state: ObjectionState): boolean {
  return !OBJECTION_TRANSITIONS.some((entry) => entry.from === state);
}
