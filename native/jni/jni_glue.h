/*
 * jni_glue.h - shared declarations of the JNI glue (native/jni/). Glue only: every function
 * converts JNI arguments, calls one function of talebian.h and converts the result back.
 *
 * The natives are bound with RegisterNatives in JNI_OnLoad (jni_onload.c), so JNI_OnLoad is the
 * only exported JNI symbol and the library keeps hidden visibility for everything else.
 * Java side: io.talebian.nativelib.TalebianJni.
 */
#ifndef TALEBIAN_JNI_GLUE_H
#define TALEBIAN_JNI_GLUE_H

#include <jni.h>

#include "talebian.h"

/* Returned by the glue when the JVM could not give us an array (an exception is pending). */
#define TLB_JNI_ERR_VM (-100)

/* Results cross back as one small double[] (SetDoubleArrayRegion: one JNI call) rather than
 * object fields (one JNI call per field): measured ~70 ns less per call at n = 8 on JDK 25.
 * Slot orders (counts as doubles, exact below 2^53): */
#define TLB_JNI_STATS_SLOTS 9   /* n, mean, variance, sd, skewness, kurtosis, min, max, m2 */
#define TLB_JNI_MOMENTS_SLOTS 7 /* n, mean, m2, m3, m4, min, max (read and written) */
#define TLB_JNI_TAIL_SLOTS 7    /* left_sum, right_sum, left_count, right_count, xi_minus, xi_mid, xi_plus */

/* Array kernels (jni_kernels.c). */
jint JNICALL tlb_jni_window_stats(JNIEnv *env, jclass cls, jdoubleArray x, jint off, jint len, jdoubleArray out);
jint JNICALL tlb_jni_moments_add_array(JNIEnv *env, jclass cls, jdoubleArray x, jint off, jint len,
                                       jdoubleArray acc);
jint JNICALL tlb_jni_tail_sums(JNIEnv *env, jclass cls, jdoubleArray x, jint off, jint len, jdouble mu,
                               jdouble sigma, jdouble k, jdouble d, jdoubleArray out);
jint JNICALL tlb_jni_top_k_desc(JNIEnv *env, jclass cls, jdoubleArray x, jint off, jint len, jint k,
                                jdoubleArray out);
jint JNICALL tlb_jni_amplitude_encode(JNIEnv *env, jclass cls, jdoubleArray z, jint len, jdoubleArray out);
jdouble JNICALL tlb_jni_state_overlap(JNIEnv *env, jclass cls, jdoubleArray a, jdoubleArray b, jint len);
jint JNICALL tlb_jni_tanh_array(JNIEnv *env, jclass cls, jdoubleArray x, jint off, jint len, jdoubleArray out,
                                jint out_off);
jdouble JNICALL tlb_jni_tanh(JNIEnv *env, jclass cls, jdouble x);

#endif /* TALEBIAN_JNI_GLUE_H */
