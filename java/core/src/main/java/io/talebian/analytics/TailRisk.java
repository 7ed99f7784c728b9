package io.talebian.analytics;

/**
 * Value at risk and expected shortfall at one confidence level, as positive losses in the units
 * of the returns (log returns: a VaR of 0.03 is a one-period log loss of 3%). NaN when the
 * estimator is undefined at that level; +inf for an infinite expected shortfall.
 *
 * @param method historical, gaussian, cornish-fisher, hill or gpd
 * @param level  confidence level, e.g. 0.99
 */
public record TailRisk(String method, double level, double var, double es) {
}
