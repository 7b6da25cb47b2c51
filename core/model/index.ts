export * from './actor';
export * from './article';
export * from './change-event';
export * from './common';
export * from './event';
