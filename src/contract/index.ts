export * from './result';
export * from './field-issues';
export * from './context';
export * from './functions';
export * from './system';
export * from './squad-config';
export * from './squad-defaults';
export * from './squads';
