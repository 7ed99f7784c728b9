package io.talebian.analytics;

/**
 * Taleb's kappa(n0, n) estimated two ways (see {@link TalebKappa}).
 *
 * @param n0              the smaller sum size (usually 1)
 * @param n               the larger sum size (usually 30)
 * @param kappaBlocks     from non-overlapping sums of consecutive returns (keeps the series'
 *                        dependence, e.g. volatility clustering)
 * @param blocks          how many blocks of n the series holds
 * @param kappaBootstrap  from sums of returns drawn independently with replacement (the
 *                        definition's i.i.d. sums of the empirical distribution)
 * @param bootstrapSums   how many bootstrap sums were drawn for each size
 * @param madN0           M(n0) used by the bootstrap estimate (exact for n0 = 1)
 * @param madNBlocks      M(n) from the blocks
 * @param madNBootstrap   M(n) from the bootstrap
 */
public record KappaEstimate(int n0, int n, double kappaBlocks, int blocks, double kappaBootstrap,
                            int bootstrapSums, double madN0, double madNBlocks, double madNBootstrap) {
}
