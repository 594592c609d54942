// Constants the whole demo data set depends on: the seed and the date it is “as of”.

export const SEED = 0x50d5_2026;
export const AS_OF = '2026-11-01';
export const UPDATED_AT = '2026-11-01T00:00:00.000Z';
export const NOTICE = '演示数据：全部主体、代码与记录均为合成数据，不对应任何真实主体。';
