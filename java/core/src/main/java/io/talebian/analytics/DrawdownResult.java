package io.talebian.analytics;

/**
 * The maximum drawdown of a level (price or equity) path: the largest fall from a running peak,
 * 1 - L_trough/L_peak, in [0, 1). Indices are positions in the level path (for a price series,
 * row numbers from 0); recoveryIndex is the first index after the trough where the level is back
 * at or above the peak, -1 if it never is.
 */
public record DrawdownResult(double maxDrawdown, int peakIndex, int troughIndex, int recoveryIndex) {

    /** Trough index - peak index. */
    public int declineLength() {
        return troughIndex - peakIndex;
    }

    /** recoveryIndex - peakIndex, -1 when not recovered. */
    public int durationToRecovery() {
        return recoveryIndex < 0 ? -1 : recoveryIndex - peakIndex;
    }
}
