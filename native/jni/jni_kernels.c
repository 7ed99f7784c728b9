/*
 * jni_kernels.c - JNI glue for the array kernels of talebian.h. Glue only: no maths.
 *
 * Arrays are pinned with GetPrimitiveArrayCritical; between Get and Release no other JNI
 * function is called (result slots are read before and written after the critical section).
 * Inputs are released with JNI_ABORT (nothing to copy back, and an output that aliases an input
 * is not overwritten by a stale copy when the VM copies, as under -Xcheck:jni); outputs with 0.
 * Bounds (off, len within the array) are checked by the Java caller, TalebianJni's users.
 */
#include "jni_glue.h"

#define CRIT(arr) ((jdouble *)(*env)->GetPrimitiveArrayCritical(env, (arr), NULL))
#define RELEASE_IN(arr, p) (*env)->ReleasePrimitiveArrayCritical(env, (arr), (p), JNI_ABORT)
#define RELEASE_OUT(arr, p) (*env)->ReleasePrimitiveArrayCritical(env, (arr), (p), 0)

jint JNICALL tlb_jni_window_stats(JNIEnv *env, jclass cls, jdoubleArray x, jint off, jint len, jdoubleArray out) {
    tlb_stats_t s;
    (void)cls;
    jdouble *px = CRIT(x);
    if (px == NULL) {
        return TLB_JNI_ERR_VM;
    }
    int rc = tlb_window_stats(px + off, (int64_t)len, &s);
    RELEASE_IN(x, px);
    if (rc != TLB_OK) {
        return rc;
    }
    const jdouble v[TLB_JNI_STATS_SLOTS] = {(jdouble)s.n, s.mean, s.variance, s.sd, s.skewness,
                                            s.kurtosis, s.min, s.max, s.m2};
    (*env)->SetDoubleArrayRegion(env, out, 0, TLB_JNI_STATS_SLOTS, v);
    return (*env)->ExceptionCheck(env) ? TLB_JNI_ERR_VM : TLB_OK;
}

jint JNICALL tlb_jni_moments_add_array(JNIEnv *env, jclass cls, jdoubleArray x, jint off, jint len,
                                       jdoubleArray acc) {
    jdouble v[TLB_JNI_MOMENTS_SLOTS];
    tlb_moments_t m;
    (void)cls;
    (*env)->GetDoubleArrayRegion(env, acc, 0, TLB_JNI_MOMENTS_SLOTS, v);
    if ((*env)->ExceptionCheck(env)) {
        return TLB_JNI_ERR_VM;
    }
    m.n = (int64_t)v[0];
    m.mean = v[1];
    m.m2 = v[2];
    m.m3 = v[3];
    m.m4 = v[4];
    m.min = v[5];
    m.max = v[6];
    jdouble *px = CRIT(x);
    if (px == NULL) {
        return TLB_JNI_ERR_VM;
    }
    int rc = tlb_moments_add_array(&m, px + off, (int64_t)len);
    RELEASE_IN(x, px);
    if (rc != TLB_OK) {
        return rc;
    }
    const jdouble r[TLB_JNI_MOMENTS_SLOTS] = {(jdouble)m.n, m.mean, m.m2, m.m3, m.m4, m.min, m.max};
    (*env)->SetDoubleArrayRegion(env, acc, 0, TLB_JNI_MOMENTS_SLOTS, r);
    return (*env)->ExceptionCheck(env) ? TLB_JNI_ERR_VM : TLB_OK;
}

jint JNICALL tlb_jni_tail_sums(JNIEnv *env, jclass cls, jdoubleArray x, jint off, jint len, jdouble mu,
                               jdouble sigma, jdouble k, jdouble d, jdoubleArray out) {
    tlb_tail_sums_t t;
    (void)cls;
    jdouble *px = CRIT(x);
    if (px == NULL) {
        return TLB_JNI_ERR_VM;
    }
    int rc = tlb_tail_sums(px + off, (int64_t)len, mu, sigma, k, d, &t);
    RELEASE_IN(x, px);
    if (rc != TLB_OK) {
        return rc;
    }
    const jdouble v[TLB_JNI_TAIL_SLOTS] = {t.left_sum, t.right_sum, (jdouble)t.left_count, (jdouble)t.right_count,
                                          t.xi_minus, t.xi_mid, t.xi_plus};
    (*env)->SetDoubleArrayRegion(env, out, 0, TLB_JNI_TAIL_SLOTS, v);
    return (*env)->ExceptionCheck(env) ? TLB_JNI_ERR_VM : TLB_OK;
}

jint JNICALL tlb_jni_top_k_desc(JNIEnv *env, jclass cls, jdoubleArray x, jint off, jint len, jint k,
                                jdoubleArray out) {
    (void)cls;
    jdouble *px = CRIT(x);
    if (px == NULL) {
        return TLB_JNI_ERR_VM;
    }
    jdouble *po = CRIT(out);
    if (po == NULL) {
        RELEASE_IN(x, px);
        return TLB_JNI_ERR_VM;
    }
    int64_t written = tlb_top_k_desc(px + off, (int64_t)len, (int64_t)k, po);
    RELEASE_OUT(out, po);
    RELEASE_IN(x, px);
    return (jint)written; /* <= k, or a TLB_ERR_* */
}

jint JNICALL tlb_jni_amplitude_encode(JNIEnv *env, jclass cls, jdoubleArray z, jint len, jdoubleArray out) {
    (void)cls;
    jdouble *pz = CRIT(z);
    if (pz == NULL) {
        return TLB_JNI_ERR_VM;
    }
    jdouble *po = CRIT(out);
    if (po == NULL) {
        RELEASE_IN(z, pz);
        return TLB_JNI_ERR_VM;
    }
    int rc = tlb_amplitude_encode(pz, (int64_t)len, po);
    RELEASE_IN(z, pz); /* first: with copies, out's copy-back must come last */
    RELEASE_OUT(out, po);
    return rc;
}

jdouble JNICALL tlb_jni_state_overlap(JNIEnv *env, jclass cls, jdoubleArray a, jdoubleArray b, jint len) {
    (void)cls;
    jdouble *pa = CRIT(a);
    if (pa == NULL) {
        return 0.0; /* exception pending: the Java caller never sees this value */
    }
    jdouble *pb = CRIT(b);
    if (pb == NULL) {
        RELEASE_IN(a, pa);
        return 0.0;
    }
    double r = tlb_state_overlap(pa, pb, (int64_t)len);
    RELEASE_IN(b, pb);
    RELEASE_IN(a, pa);
    return r;
}

jint JNICALL tlb_jni_tanh_array(JNIEnv *env, jclass cls, jdoubleArray x, jint off, jint len, jdoubleArray out,
                                jint out_off) {
    (void)cls;
    jdouble *px = CRIT(x);
    if (px == NULL) {
        return TLB_JNI_ERR_VM;
    }
    jdouble *po = CRIT(out);
    if (po == NULL) {
        RELEASE_IN(x, px);
        return TLB_JNI_ERR_VM;
    }
    int rc = tlb_tanh_array(px + off, (int64_t)len, po + out_off);
    RELEASE_IN(x, px);
    RELEASE_OUT(out, po);
    return rc;
}

jdouble JNICALL tlb_jni_tanh(JNIEnv *env, jclass cls, jdouble x) {
    (void)env; (void)cls;
    return tlb_tanh(x);
}
