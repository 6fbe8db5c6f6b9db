export * from './common';
export * from './actors';
export * from './articles';
export * from './events';
export * from './statements';
