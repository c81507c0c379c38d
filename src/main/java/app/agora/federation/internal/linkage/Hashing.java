package app.agora.federation.internal.linkage;

/**
 * 64-bit mixing for blocking keys, so that combined codes spread over the whole
 * range.
 */
final class Hashing {

	private Hashing() {
	}

	/** The SplitMix64 finaliser. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	/** A key from parts; never 0, which means "no key". */
	static long combine(long salt, long a, long b) {
		long h = mix(mix(salt * 0x9E3779B97F4A7C15L + a) + b);
		return h == 0 ? 1 : h;
	}
}
