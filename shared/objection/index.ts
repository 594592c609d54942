export * from './state-machine';
export * from './policy';
export * from './deadlines';
