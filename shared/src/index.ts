export * from './enums';
export * from './api-types';
export * from './catalogue/framework-definition';
export * from './catalogue/kk2016';
export * from './catalogue/framework-problems';
export * from './evaluation-types';
