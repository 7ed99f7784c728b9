package io.talebian.analytics;

/**
 * Taleb-Douady tail vega and fragility heuristic over a whole series (spec section 3.2).
 *
 * @param n                  returns used
 * @param k                  tail cut in sd units (af_tail_k)
 * @param deltaFraction      d/sigma (af_delta)
 * @param leftTailVega       V- = (1/n) * sum over z &lt; -k of (-z)
 * @param rightTailVega      V+ = (1/n) * sum over z &gt; +k of z
 * @param asymmetry          A = (V+ - V-)/(V+ + V- + 1e-12)
 * @param antifragilityScore (1 + A)/2 in [0, 1]; 0.5 when sigma = 0 or both tails are empty
 * @param xiMinus            xi(sigma - d)
 * @param xiMid              xi(sigma)
 * @param xiPlus             xi(sigma + d)
 * @param heuristic          H- = [xi(s+d) + xi(s-d)]/2 - xi(s); &gt; 0: harm accelerates with volatility
 */
public record FragilityReport(int n, double k, double deltaFraction, double leftTailVega, double rightTailVega,
                              double asymmetry, double antifragilityScore, double xiMinus, double xiMid,
                              double xiPlus, double heuristic) {

    /** H-/xi(sigma): the heuristic relative to the current expected shortfall below -k*sigma (NaN if 0). */
    public double relativeHeuristic() {
        return xiMid > 0.0 ? heuristic / xiMid : Double.NaN;
    }
}
