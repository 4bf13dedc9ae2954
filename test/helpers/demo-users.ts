/** Account IDs of the demo users (local/jira-emulator/users.ts): alice is the Jira admin; the others are not. */
export const USERS = {
  alice: '5b10ac8d82e05b22cc7d4ef5',
  mia: '5c4f2e1b9a7d3c0012e8a6b4',
  ivan: '5d2a8c7e4b1f6a0013c9d2e7',
  carol: '5e7b3d9f2c8a1b0014d4f1a8',
  mark: '5f1c6e2a8d3b9c0015a7e3b9',
  lena: '712020:3f0c8a2e-6b1d-4c7e-9a55-1e2f3a4b5c6d',
  nina: '712020:0b1d3f5a-7c9e-4b1d-8f3a-5c7e9b1d3f5a',
  paul: '712020:2c4e6a8b-0d2f-4a6c-8e0a-7b9d1f3a5c7e',
  tom: '712020:8b2e4d6f-1a3c-4e5b-8d7f-2c4e6a8b0d1f',
} as const;
export type UserHandle = keyof typeof USERS;
