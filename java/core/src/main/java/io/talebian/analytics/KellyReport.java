package io.talebian.analytics;

/**
 * Kelly sizing over a whole series (spec 3.4).
 *
 * @param n                   returns
 * @param mean                mu
 * @param sd                  sigma (sample, n-1)
 * @param shrunkMean          mu_adj = sign(mu) * max(|mu| - sigma/sqrt(n), 0)
 * @param riskFree            rf per period
 * @param fullKelly           f* = (mu_adj - rf)/sigma^2 (continuous Kelly, Thorp)
 * @param unshrunkFullKelly   (mu - rf)/sigma^2, for reference
 * @param fraction            the fraction of Kelly applied
 * @param maxFraction         the cap
 * @param fractionalKelly     clamp(fraction * f*, 0, maxFraction)
 * @param winProbability      p = wins/n, each return taken as one trade outcome
 * @param payoffRatio         b = mean win / mean |loss|
 * @param discreteKelly       p - (1-p)/b (Kelly 1956), NaN without wins or losses
 */
public record KellyReport(long n, double mean, double sd, double shrunkMean, double riskFree, double fullKelly,
                          double unshrunkFullKelly, double fraction, double maxFraction, double fractionalKelly,
                          double winProbability, double payoffRatio, double discreteKelly) {
}
