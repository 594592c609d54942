// Constants the whole demo data set depends on: the seed and the date it is “as of” (the city's too).
export { AS_OF, UPDATED_AT } from '../../platform/generate/synthetic/index.ts';

export const SEED = 0x50d5_2026;
export const NOTICE = '演示数据：全部主体、代码与记录均为合成数据，不对应任何真实主体。';
