/*
 * jni_onload.c - JNI_OnLoad: binds io.talebian.nativelib.TalebianJni's natives with
 * RegisterNatives; plus the version/ISA calls.
 * Glue only: no maths.
 */
#include "jni_glue.h"

static jstring JNICALL tlb_jni_version(JNIEnv *env, jclass cls) {
    (void)cls;
    return (*env)->NewStringUTF(env, tlb_version()); /* NULL + pending OOM on failure */
}

static jstring JNICALL tlb_jni_isa_name(JNIEnv *env, jclass cls, jint isa) {
    (void)cls;
    return (*env)->NewStringUTF(env, tlb_isa_name(isa));
}

static jint JNICALL tlb_jni_cpu_isa(JNIEnv *env, jclass cls) {
    (void)env; (void)cls;
    return tlb_cpu_isa();
}

static jint JNICALL tlb_jni_cpu_features(JNIEnv *env, jclass cls) {
    (void)env; (void)cls;
    return (jint)tlb_cpu_features();
}

static jint JNICALL tlb_jni_active_isa(JNIEnv *env, jclass cls) {
    (void)env; (void)cls;
    return tlb_active_isa();
}

static jint JNICALL tlb_jni_set_isa(JNIEnv *env, jclass cls, jint isa) {
    (void)env; (void)cls;
    return tlb_set_isa(isa);
}

/* JNINativeMethod.fnPtr is a void *; __extension__ keeps -Wpedantic quiet about the
 * function-to-object pointer conversion that POSIX (dlsym) and JNI rely on. */
#define FN(f) (__extension__(void *)(f))

static const JNINativeMethod methods[] = {
    {"version", "()Ljava/lang/String;", FN(tlb_jni_version)},
    {"isaName", "(I)Ljava/lang/String;", FN(tlb_jni_isa_name)},
    {"cpuIsa", "()I", FN(tlb_jni_cpu_isa)},
    {"cpuFeatures", "()I", FN(tlb_jni_cpu_features)},
    {"activeIsa", "()I", FN(tlb_jni_active_isa)},
    {"setIsa", "(I)I", FN(tlb_jni_set_isa)},
    {"windowStats", "([DII[D)I", FN(tlb_jni_window_stats)},
    {"momentsAddArray", "([DII[D)I", FN(tlb_jni_moments_add_array)},
    {"tailSums", "([DIIDDDD[D)I", FN(tlb_jni_tail_sums)},
    {"topKDesc", "([DIII[D)I", FN(tlb_jni_top_k_desc)},
    {"amplitudeEncode", "([DI[D)I", FN(tlb_jni_amplitude_encode)},
    {"stateOverlap", "([D[DI)D", FN(tlb_jni_state_overlap)},
    {"tanhArray", "([DII[DI)I", FN(tlb_jni_tanh_array)},
    {"tanh", "(D)D", FN(tlb_jni_tanh)},
};

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved) {
    JNIEnv *env = NULL;
    (void)reserved;
    if ((*vm)->GetEnv(vm, (void **)&env, JNI_VERSION_1_8) != JNI_OK) {
        return JNI_ERR;
    }
    jclass jni = (*env)->FindClass(env, "io/talebian/nativelib/TalebianJni");
    if (jni == NULL) {
        /* Loaded without the Java glue class on this loader's path (e.g. by plain FFM code such as
         * the bindings tests): the C API stays usable, only the JNI natives are left unbound. */
        (*env)->ExceptionClear(env);
        return JNI_VERSION_1_8;
    }
    jint rc = (*env)->RegisterNatives(env, jni, methods, (jint)(sizeof methods / sizeof methods[0]));
    (*env)->DeleteLocalRef(env, jni);
    if (rc != JNI_OK) {
        return JNI_ERR; /* NoSuchMethodError pending: the Java class and this table disagree */
    }
    return JNI_VERSION_1_8;
}
