/** Two-sided 95% normal quantile, for confidence intervals of correlations. */
export const Z_95 = 1.959963984540054;
/** The data contract derives a standard deviation from 95% bounds as (upper − lower) / (2 × 1.96). */
export const CONTRACT_Z = 1.96;
/** Percentages live on 0–100; Monte Carlo draws are clipped to it. */
export const PERCENT_MIN = 0;
export const PERCENT_MAX = 100;
/** Default Monte Carlo settings (the contract asks for at least 10 000 draws and a fixed seed). */
export const DEFAULT_DRAWS = 10_000;
export const DEFAULT_SEED = 20_241_204;
