import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.*;
import java.io.*;
import java.nio.*;
import java.nio.file.*;
import java.util.*;

/** Tokenises texts (one per line) and, with --vectors, writes the int8 bge-small model's [CLS] vectors (unit length). */
public class Teacher {
	public static void main(String[] args) throws Exception {
		Path in = Path.of(args[0]);
		String out = args[1];
		int max = Integer.parseInt(args[2]);
		boolean vectors = args.length > 3;
		List<String> texts = Files.readAllLines(in);
		HuggingFaceTokenizer tok = HuggingFaceTokenizer.newInstance(Path.of("teacher-q/bge-small-en-v1.5-q-tokenizer.json"),
				Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(max), "addSpecialTokens", "true"));
		try (PrintWriter ids = new PrintWriter(Files.newBufferedWriter(Path.of(out + ".ids")))) {
			OrtEnvironment env = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions o = new OrtSession.SessionOptions();
			o.setIntraOpNumThreads(2);
			OrtSession s = vectors ? env.createSession("teacher-q/bge-small-en-v1.5-q.onnx", o) : null;
			DataOutputStream vec = vectors ? new DataOutputStream(new BufferedOutputStream(new FileOutputStream(out + ".vec"))) : null;
			for (int from = 0; from < texts.size(); from += 1) {
				Encoding e = tok.encode(texts.get(from));
				long[] t = e.getIds();
				StringBuilder b = new StringBuilder();
				for (long x : t) b.append(x).append(' ');
				ids.println(b.toString().trim());
				if (vectors) {
					long[] shape = {1, t.length};
					Map<String, OnnxTensor> inp = new HashMap<>();
					inp.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(t), shape));
					long[] m = new long[t.length]; Arrays.fill(m, 1);
					inp.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(m), shape));
					inp.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(new long[t.length]), shape));
					try (OrtSession.Result r = s.run(inp)) {
						FloatBuffer h = ((OnnxTensor) r.get(0)).getFloatBuffer();
						float[] v = new float[384]; h.get(0, v);
						double n = 0; for (float x : v) n += x * x; n = Math.sqrt(n);
						ByteBuffer bb = ByteBuffer.allocate(384 * 4).order(ByteOrder.LITTLE_ENDIAN);
						for (float x : v) bb.putFloat((float) (x / n));
						vec.write(bb.array());
					}
					inp.values().forEach(OnnxTensor::close);
				}
				if (from % 10000 == 0) System.err.println(from);
			}
			if (vec != null) vec.close();
		}
	}
}
