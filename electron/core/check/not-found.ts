import { err, type Result } from '../../../shared/result';

/** The refusal for a check id this window does not hold. */
export const checkNotFound = (): Result<never> => err('CHECK_NOT_FOUND', '未找到该核查记录');
