package io.talebian.analytics;

import java.util.List;

/**
 * Everything the batch analytics (spec section 5) computes over one series. Return-based figures
 * are per period of the series (per day for daily bars), in log-return units, not annualised.
 *
 * @param source          where the series came from
 * @param column          the column analysed
 * @param input           "prices" (log returns taken) or "returns"
 * @param returns         number of returns analysed
 * @param firstTime       time value of the first row as written, or null
 * @param lastTime        time value of the last row as written, or null
 * @param moments         spec section 2 moments of the returns
 * @param historical      historical VaR/ES per level
 * @param gaussian        Gaussian VaR/ES per level
 * @param cornishFisher   Cornish-Fisher VaR/ES per level
 * @param cornishFisherMonotone whether the Cornish-Fisher map is a valid quantile transform here
 * @param hillLeft        Hill estimate of the loss tail
 * @param hillRight       Hill estimate of the gain tail
 * @param hill            Hill (Weissman) VaR/ES per level
 * @param gpd             GPD fit of the loss tail (probability-weighted moments)
 * @param gpdTail         GPD (McNeil-Frey) VaR/ES per level
 * @param drawdown        maximum drawdown (indices are price rows)
 * @param peakTime        time value at the drawdown peak, or null
 * @param troughTime      time value at the trough, or null
 * @param recoveryTime    time value at recovery, or null (also when never recovered)
 * @param threshold       tau of Sortino and Omega
 * @param downsideDeviation downside deviation below tau
 * @param sortino         Sortino ratio at tau
 * @param omega           Omega ratio at tau
 * @param kappa           Taleb's kappa
 * @param fragility       tail vega and fragility heuristic
 * @param kelly           Kelly sizing
 */
public record SeriesReport(String source, String column, String input, int returns, String firstTime,
                           String lastTime, SeriesMoments moments, List<TailRisk> historical,
                           List<TailRisk> gaussian, List<TailRisk> cornishFisher, boolean cornishFisherMonotone,
                           HillEstimate hillLeft, HillEstimate hillRight, List<TailRisk> hill, GpdFit gpd,
                           List<TailRisk> gpdTail, DrawdownResult drawdown, String peakTime, String troughTime,
                           String recoveryTime, double threshold, double downsideDeviation, double sortino,
                           double omega, KappaEstimate kappa, FragilityReport fragility, KellyReport kelly) {
}
