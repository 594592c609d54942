import { err } from '../../../shared/result';
import type { HandlersOf } from '../ipc/handlers';

const notYet = () => err('OBJECTION_INVALID', '异议处理功能尚未启用。');

export const objectionHandlers = (): HandlersOf<
  'objections:candidates' | 'objections:create' | 'objections:step' | 'objections:list' | 'objections:get'
> => ({
  'objections:candidates': notYet,
  'objections:create': notYet,
  'objections:step': notYet,
  'objections:list': notYet,
  'objections:get': notYet,
});
