export * from './stage-visits';
export * from './lead-time-sample';
export * from './board-position';
