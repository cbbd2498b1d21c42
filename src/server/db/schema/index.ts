export * from './accounts.js';
export * from './audit.js';
export * from './mail.js';
export * from './profile.js';
export * from './cases.js';
export * from './documents.js';
export * from './liaison.js';
