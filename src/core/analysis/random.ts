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

/** A seeded source of uniform and normal deviates. */
export function seededNormal(seed: number): NormalSource {
  // SplitMix32 spreads the seed over the four words of state (never all zero).
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  if ((a | b | c | d) === 0) a = 1;

  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9);
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result | 0;
  };
  const uniform = (): number => ((next() >>> 0) + 0.5) / 4294967296;

  const tail = (hz: number, iz: number): number => {
    for (;;) {
      const x = hz * wn[iz]!;
      if (iz === 0) {
        let tx: number;
        let ty: number;
        do {
          tx = -Math.log(uniform()) / R;
          ty = -Math.log(uniform());
        } while (ty + ty < tx * tx);
        return hz > 0 ? R + tx : -R - tx;
      }
      if (fn[iz]! + uniform() * (fn[iz - 1]! - fn[iz]!) < Math.exp(-0.5 * x * x)) return x;
      hz = next();
      iz = hz & (LAYERS - 1);
      if (Math.abs(hz) < kn[iz]!) return hz * wn[iz]!;
    }
  };

  return {
    uniform,
    normal() {
      const hz = next();
      const iz = hz & (LAYERS - 1);
      return Math.abs(hz) < kn[iz]! ? hz * wn[iz]! : tail(hz, iz);
    },
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
