export * from './code';
export * from './failure';
export * from './route';
export * from './rules';
export * from './validation';
