// A small L2-regularised logistic regression for the pair-model experiment (bench/clusters/pair-model.ts):
// features standardised on the training rows, intercept not penalised, fitted by Newton's method
// (iteratively reweighted least squares) for a fixed number of steps, the d × d system solved by
// Gaussian elimination with partial pivoting. Deterministic: the same rows give the same weights.

export interface LogisticModel {
  /** Per feature: mean and standard deviation of the training rows (1 where the deviation is 0). */
  readonly mean: Float64Array;
  readonly scale: Float64Array;
  /** Intercept first, then one weight per standardised feature. */
  readonly weights: Float64Array;
}

export interface LogisticOptions {
  /** L2 penalty on the standardised weights (not the intercept). Default 1. */
  readonly lambda: number;
  /** Newton steps. Default 25. */
  readonly iterations: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Solves a x = b (a is d × d, row-major; both are overwritten). */
export function solve(a: Float64Array, b: Float64Array, d: number): Float64Array {
  for (let c = 0; c < d; c++) {
    let pivot = c;
    for (let r = c + 1; r < d; r++)
      if (Math.abs(a[r * d + c] ?? 0) > Math.abs(a[pivot * d + c] ?? 0)) pivot = r;
    if (pivot !== c) {
      for (let k = 0; k < d; k++) {
        const t = a[c * d + k] ?? 0;
        a[c * d + k] = a[pivot * d + k] ?? 0;
        a[pivot * d + k] = t;
      }
      const t = b[c] ?? 0;
      b[c] = b[pivot] ?? 0;
      b[pivot] = t;
    }
    const diag = a[c * d + c] ?? 0;
    if (diag === 0) continue;
    for (let r = c + 1; r < d; r++) {
      const f = (a[r * d + c] ?? 0) / diag;
      if (f === 0) continue;
      for (let k = c; k < d; k++) a[r * d + k] = (a[r * d + k] ?? 0) - f * (a[c * d + k] ?? 0);
      b[r] = (b[r] ?? 0) - f * (b[c] ?? 0);
    }
  }
  const x = new Float64Array(d);
  for (let r = d - 1; r >= 0; r--) {
    let s = b[r] ?? 0;
    for (let k = r + 1; k < d; k++) s -= (a[r * d + k] ?? 0) * (x[k] ?? 0);
    const diag = a[r * d + r] ?? 0;
    x[r] = diag === 0 ? 0 : s / diag;
  }
  return x;
}

/** Fits the model to `rows` (m × features, row-major) and 0/1 `labels`. */
export function fitLogistic(
  rows: Float64Array,
  labels: Uint8Array,
  features: number,
  options: Partial<LogisticOptions> = {},
): LogisticModel {
  const lambda = options.lambda ?? 1;
  const iterations = options.iterations ?? 25;
  const m = labels.length;
  const mean = new Float64Array(features);
  const scale = new Float64Array(features).fill(1);
  for (let f = 0; f < features; f++) {
    let s = 0;
    for (let r = 0; r < m; r++) s += rows[r * features + f] ?? 0;
    mean[f] = m > 0 ? s / m : 0;
    let v = 0;
    for (let r = 0; r < m; r++) v += ((rows[r * features + f] ?? 0) - (mean[f] ?? 0)) ** 2;
    const sd = m > 0 ? Math.sqrt(v / m) : 0;
    scale[f] = sd > 0 ? sd : 1;
  }
  const d = features + 1;
  const x = new Float64Array(m * d);
  for (let r = 0; r < m; r++) {
    x[r * d] = 1;
    for (let f = 0; f < features; f++)
      x[r * d + f + 1] = ((rows[r * features + f] ?? 0) - (mean[f] ?? 0)) / (scale[f] ?? 1);
  }
  const w = new Float64Array(d);
  for (let step = 0; step < iterations; step++) {
    const grad = new Float64Array(d);
    const hess = new Float64Array(d * d);
    for (let r = 0; r < m; r++) {
      let z = 0;
      for (let k = 0; k < d; k++) z += (x[r * d + k] ?? 0) * (w[k] ?? 0);
      const p = sigmoid(z);
      const residual = p - (labels[r] ?? 0);
      const curvature = p * (1 - p);
      for (let k = 0; k < d; k++) {
        const xk = x[r * d + k] ?? 0;
        grad[k] = (grad[k] ?? 0) + residual * xk;
        for (let l = k; l < d; l++)
          hess[k * d + l] = (hess[k * d + l] ?? 0) + curvature * xk * (x[r * d + l] ?? 0);
      }
    }
    for (let k = 0; k < d; k++) for (let l = 0; l < k; l++) hess[k * d + l] = hess[l * d + k] ?? 0;
    for (let k = 1; k < d; k++) {
      grad[k] = (grad[k] ?? 0) + lambda * (w[k] ?? 0);
      hess[k * d + k] = (hess[k * d + k] ?? 0) + lambda;
    }
    const delta = solve(hess, grad, d);
    for (let k = 0; k < d; k++) w[k] = (w[k] ?? 0) - (delta[k] ?? 0);
  }
  return { mean, scale, weights: w };
}

/** The probability of the positive class for one row of raw (unstandardised) features. */
export function predictLogistic(model: LogisticModel, row: ArrayLike<number>): number {
  let z = model.weights[0] ?? 0;
  for (let f = 0; f < model.mean.length; f++)
    z += (model.weights[f + 1] ?? 0) * (((row[f] ?? 0) - (model.mean[f] ?? 0)) / (model.scale[f] ?? 1));
  return sigmoid(z);
}
