/**
 * Seeded random numbers for the Monte Carlo. The uniform source is xoshiro128** (Blackman & Vigna
 * 2018), seeded through SplitMix32; normals come from the ziggurat method of Marsaglia & Tsang (2000,
 * 128 layers), which needs one 32-bit integer for ~99% of draws. Same seed → same sequence everywhere.
 */
export interface NormalSource {
  /** A standard normal deviate. */
  normal(): number;
  /** A uniform deviate on (0, 1). */
  uniform(): number;
}

const LAYERS = 128;
const R = 3.442619855899;
const M1 = 2147483648.0;
const kn = new Uint32Array(LAYERS);
const wn = new Float64Array(LAYERS);
const fn = new Float64Array(LAYERS);
{
  const vn = 9.91256303526217e-3;
  let dn = R;
  let tn = dn;
  const q = vn / Math.exp(-0.5 * dn * dn);
  kn[0] = Math.floor((dn / q) * M1);
  kn[1] = 0;
  wn[0] = q / M1;
  wn[LAYERS - 1] = dn / M1;
  fn[0] = 1;
  fn[LAYERS - 1] = Math.exp(-0.5 * dn * dn);
  for (let i = LAYERS - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    kn[i + 1] = Math.floor((dn / tn) * M1);
    tn = dn;
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / M1;
  }
}

/**
 * The generator's 128-bit state as four 32-bit words, so that a hot loop can keep it in local
 * variables and hand it to the rare slow path (the ziggurat's tail) by reference.
 */
export type GeneratorState = Int32Array;

/** The state SplitMix32 spreads a seed over (never all zero): the start of the stream of `seed`. */
export function seedState(seed: number): GeneratorState {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  const state = Int32Array.of(split(), split(), split(), split());
  if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1;
  return state;
}

/** xoshiro128**'s jump polynomial: one jump equals 2^64 steps (Blackman & Vigna, xoshiro128starstar.c). */
const JUMP = [0x8764000b, 0xf542d2d3, 0x6fa035c3, 0x77f2db5b] as const;

/**
 * Advances `state` by 2^64 steps in place. Stream k of a seed is its state jumped k times: the
 * streams never overlap (each has 2^64 numbers before it reaches the next), so chunks of a simulation
 * drawn from streams 0, 1, 2 … are independent and the same on any machine and any number of threads.
 */
export function jump(state: GeneratorState): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (const word of JUMP) {
    for (let bit = 0; bit < 32; bit++) {
      if ((word >>> bit) & 1) {
        s0 ^= state[0]!;
        s1 ^= state[1]!;
        s2 ^= state[2]!;
        s3 ^= state[3]!;
      }
      nextInt(state);
    }
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}

/** The state of stream `stream` of `seed` (stream 0 is `seededNormal(seed)`'s own sequence). */
export function streamState(seed: number, stream: number): GeneratorState {
  const state = seedState(seed);
  for (let k = 0; k < stream; k++) jump(state);
  return state;
}

/** One xoshiro128** step on a state array: the next 32-bit integer (signed). */
export function nextInt(state: GeneratorState): number {
  const a = state[0]!;
  const b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  const result = Math.imul(rotl(Math.imul(b, 5), 7), 9);
  const t = b << 9;
  c ^= a;
  d ^= b;
  state[1] = b ^ c;
  state[0] = a ^ d;
  state[2] = c ^ t;
  state[3] = rotl(d, 11);
  return result | 0;
}

function uniformOf(state: GeneratorState): number {
  return ((nextInt(state) >>> 0) + 0.5) / 4294967296;
}

/**
 * The ziggurat's slow path, taken by ~1% of draws: `hz` and `iz` are the integer and layer that missed
 * the fast test; further numbers come from `state`, which is advanced in place.
 */
export function normalTail(state: GeneratorState, hz: number, iz: number): number {
  for (;;) {
    const x = hz * wn[iz]!;
    if (iz === 0) {
      let tx: number;
      let ty: number;
      do {
        tx = -Math.log(uniformOf(state)) / R;
        ty = -Math.log(uniformOf(state));
      } while (ty + ty < tx * tx);
      return hz > 0 ? R + tx : -R - tx;
    }
    if (fn[iz]! + uniformOf(state) * (fn[iz - 1]! - fn[iz]!) < Math.exp(-0.5 * x * x)) return x;
    hz = nextInt(state);
    iz = hz & (LAYERS - 1);
    if (Math.abs(hz) < kn[iz]!) return hz * wn[iz]!;
  }
}

/**
 * Fills `out` with standard normal deviates from `state` (advanced in place): the same numbers, in
 * the same order, as calling `normal()` of a source at that state. The generator lives in local
 * variables here, which makes this the fastest way to draw many normals (the physical limit the
 * Monte Carlo is measured against).
 */
export function fillNormals(state: GeneratorState, out: Float64Array): void {
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  for (let i = 0; i < out.length; i++) {
    const hz = Math.imul(rotl(Math.imul(b, 5), 7), 9) | 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    const iz = hz & (LAYERS - 1);
    if (Math.abs(hz) < kn[iz]!) {
      out[i] = hz * wn[iz]!;
    } else {
      state[0] = a;
      state[1] = b;
      state[2] = c;
      state[3] = d;
      out[i] = normalTail(state, hz, iz);
      a = state[0]!;
      b = state[1]!;
      c = state[2]!;
      d = state[3]!;
    }
  }
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
}

/** A seeded source of uniform and normal deviates (stream 0 of `seed`). */
export function seededNormal(seed: number): NormalSource {
  const state = seedState(seed);
  return {
    uniform: () => uniformOf(state),
    normal() {
      const hz = nextInt(state);
      const iz = hz & (LAYERS - 1);
      return Math.abs(hz) < kn[iz]! ? hz * wn[iz]! : normalTail(state, hz, iz);
    },
  };
}

/** Ziggurat tables, exported for the Monte Carlo's inlined draw. */
export const ZIGGURAT = { layers: LAYERS, kn, wn } as const;

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
