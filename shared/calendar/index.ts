export * from './calendar-schema';
export * from './day';
export * from './working-days';
