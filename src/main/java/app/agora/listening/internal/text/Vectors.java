package app.agora.listening.internal.text;

/** Cosine similarity and friends over float vectors. */
final class Vectors {

	private Vectors() {
	}

	/**
	 * The cosine of the two vectors' angle; 0 when either is zero or their lengths
	 * differ.
	 */
	static double cosine(float[] a, float[] b) {
		if (a == null || b == null || a.length != b.length) {
			return 0;
		}
		double dot = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
	}

	/** The dot product; 0 when the lengths differ. */
	static double dot(float[] a, float[] b) {
		if (a == null || b == null || a.length != b.length) {
			return 0;
		}
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

	/** Scales the vector to unit length in place; a zero vector stays zero. */
	static void normalise(float[] vector) {
		double norm = 0;
		for (float component : vector) {
			norm += component * component;
		}
		if (norm > 0) {
			float scale = (float) (1 / Math.sqrt(norm));
			for (int i = 0; i < vector.length; i++) {
				vector[i] *= scale;
			}
		}
	}

	static boolean isZero(float[] vector) {
		if (vector == null) {
			return true;
		}
		for (float component : vector) {
			if (component != 0) {
				return false;
			}
		}
		return true;
	}
}
