export * from './code';
export * from './route';
export * from './rules';
