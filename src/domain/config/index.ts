export * from './status-info';
export * from './default-squad-config';
export * from './suggest-mapping';
export * from './check-status-map';
export * from './stage-preview';
export * from './migrate-squad-config';
