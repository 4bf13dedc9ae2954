import { createContext, useContext, type ReactNode } from 'react';
import type { HostContext } from '../bridge/host-bridge';

const Ctx = createContext<HostContext | null>(null);

export function HostContextProvider({ value, children }: { value: HostContext; children: ReactNode }) {
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The module context (project, issue, gadget configuration, user) of the page being shown. */
export function useHostContext(): HostContext {
  const value = useContext(Ctx);
  if (value === null) throw new Error('useHostContext must be used inside <HostContextProvider>.');
  return value;
}
