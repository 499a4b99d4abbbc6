export * from './fields';
export * from './snapshot';
