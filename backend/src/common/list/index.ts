export * from './list-query';
export * from './filters';
export * from './list-page';
export * from './list-page.response';
