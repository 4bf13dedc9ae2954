import { createJiraEmulator, type JiraEmulator, type JiraEmulatorOptions, type RunningEmulator } from '../create-emulator';
import type { DemoUser } from '../users';

export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body; throws with the body text when it is not JSON. */
  body: unknown;
}

export type Call = (method: string, path: string, body?: unknown) => Promise<TestResponse>;

/** The date the tests' demo history ends at. */
export const TEST_NOW_MS = Date.parse('2025-06-30T12:00:00.000Z');

export interface TestEmulator {
  emulator: JiraEmulator;
  running: RunningEmulator;
  as: (handle: string) => Call;
  anonymous: Call;
  withCredentials: (email: string, token: string) => Call;
}

/** A small, fixed emulator served on a free port, and a way to call it as any demo user. */
export async function startTestEmulator(options: JiraEmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = createJiraEmulator({ seed: 7, issueCount: 400, nowMs: TEST_NOW_MS, ...options });
  const running = await emulator.listen(0);
  const call = (authorization: string | null): Call => async (method, path, body) => {
    const res = await fetch(running.url + path, {
      method,
      headers: {
        ...(authorization === null ? {} : { authorization }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = undefined;
    if (text.length > 0) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: res.status, headers: res.headers, text, body: parsed };
  };
  const basic = (email: string, token: string): string => `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;
  const everyone: DemoUser[] = [...emulator.users, emulator.appUser];
  return {
    emulator,
    running,
    as: (handle) => {
      const user = everyone.find((u) => u.handle === handle);
      if (user === undefined) throw new Error(`No demo user ${handle}`);
      return call(basic(user.email, user.apiToken));
    },
    anonymous: call(null),
    withCredentials: (email, token) => call(basic(email, token)),
  };
}
