export * from './app';
export * from './catalogue';
export * from './check';
export * from './subject';
export * from './sync';
