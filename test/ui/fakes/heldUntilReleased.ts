/** A promise to hold a store call on until the test releases it (to look at the screen mid-save). */
export function heldUntilReleased(): { held: Promise<void>; release(): void } {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { held, release: () => release() };
}
