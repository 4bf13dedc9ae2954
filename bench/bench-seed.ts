/** The demo data's seed in the bench's harness processes; an emulator in another process is built with it too. */
export const HARNESS_SEED = 7;
