import type { SystemFunctions } from './system';
import type { SquadFunctions } from './squads';
import type { SyncFunctions } from './sync';

/**
 * Every resolver the UI may invoke, by key, with its payload and answer type. Each feature adds its
 * own `XFunctions` interface from its contract file here.
 */
export type Functions = SystemFunctions & SquadFunctions & SyncFunctions;

export type FunctionKey = keyof Functions;
