export * from './java-number.js';
