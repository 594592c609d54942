export * from './draw';
export * from './prng';
export * from './publish';
export * from './ratios';
export * from './roster';
