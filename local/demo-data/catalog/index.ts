export * from './types';
export * from './statuses';
export * from './workflows';
export * from './people';
export * from './projects';
