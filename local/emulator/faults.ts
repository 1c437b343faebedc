/** Throttling injection (reference §7): a share of requests answered with 429/503 + Retry-After. */
export interface FaultOptions {
  rate: number;
  statuses: (429 | 503)[];
  retryAfterSeconds: number;
  seed?: number;
}

/** mulberry32: tiny, fast and deterministic for a given seed, so seeded tests are repeatable. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private options: FaultOptions | undefined;
  private random: () => number = Math.random;
  private pick: number = 0;
  public injected: number = 0;

  public constructor(options?: FaultOptions) {
    this.configure(options);
  }

  public configure(options?: FaultOptions): void {
    this.options = options && options.rate > 0 && options.statuses.length > 0 ? options : undefined;
    this.random = options?.seed !== undefined ? mulberry32(options.seed) : Math.random;
    this.pick = 0;
  }

  /** The status to fail this request with, or undefined to let it through. */
  public next(): { status: 429 | 503; retryAfterSeconds: number } | undefined {
    const options = this.options;
    if (!options || this.random() >= options.rate) return undefined;
    this.injected++;
    const status = options.statuses[this.pick++ % options.statuses.length];
    return { status, retryAfterSeconds: options.retryAfterSeconds };
  }
}
