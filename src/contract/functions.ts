import type { SystemFunctions } from './system';
import type { SquadFunctions } from './squads';
import type { SyncFunctions } from './sync';
import type { MetricsQueryFunctions } from './metrics-query';

/**
 * Every resolver the UI may invoke, by key, with its payload and answer type. Each feature adds its
 * own `XFunctions` interface from its contract file here.
 */
export type Functions = SystemFunctions & SquadFunctions & SyncFunctions & MetricsQueryFunctions;

export type FunctionKey = keyof Functions;
