export * from './period';
export * from './portfolio-row';
export * from './portfolio-total';
