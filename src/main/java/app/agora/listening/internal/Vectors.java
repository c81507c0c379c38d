package app.agora.listening.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Embeddings as the database keeps them: float32, little-endian. */
final class Vectors {

	private Vectors() {
	}

	static byte[] toBytes(float[] vector) {
		if (vector == null) {
			return null;
		}
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asFloatBuffer().put(vector);
		return buffer.array();
	}

	static float[] fromBytes(byte[] bytes) {
		if (bytes == null) {
			return null;
		}
		float[] vector = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
		return vector;
	}
}
