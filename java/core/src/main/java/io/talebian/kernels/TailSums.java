package io.talebian.kernels;

/** Tail-vega and fragility partial sums (spec 3.2), mirroring {@code tlb_tail_sums_t}. Reusable. */
public final class TailSums {
    /** Sum over z &lt; -k of (-z). */
    public double leftSum;
    /** Sum over z &gt; +k of z. */
    public double rightSum;
    public long leftCount;
    public long rightCount;
    /** Sum of max(-k*sigma - s*z, 0) for s = sigma - d, sigma, sigma + d (not divided by n). */
    public double xiMinus;
    public double xiMid;
    public double xiPlus;
}
