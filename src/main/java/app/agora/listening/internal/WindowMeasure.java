package app.agora.listening.internal;

import app.agora.listening.SignalRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a scope's window says, measured against a rule: distinct customers,
 * coherence (mean cosine similarity of the items to their centre), agreement
 * (share of the commonest sentiment) and rise (items in the window against the
 * baseline's mean per window, at least one). Coherence needs every item's
 * embedding, so it is measured only when the window meets the rule's other
 * conditions; otherwise it is {@code NaN} and the rule is not met.
 */
record WindowMeasure(int customers, int items, double coherence, double agreement, String sentiment, double rise,
		double baseline) {

	static WindowMeasure of(List<WindowItem> window, double baseline, SignalRule rule,
			Supplier<List<float[]>> embeddings) {
		int customers = (int) window.stream().map(WindowItem::customerKey).distinct().count();
		Map<String, Integer> feelings = new HashMap<>();
		window.forEach(i -> feelings.merge(i.sentiment() == null ? "NEUTRAL" : i.sentiment(), 1, Integer::sum));
		var commonest = feelings.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(Map.entry("NEUTRAL", 0));
		double agreement = window.isEmpty() ? 0 : (double) commonest.getValue() / window.size();
		double rise = window.size() / Math.max(1.0, baseline);
		boolean worthMeasuring = customers >= rule.minCustomers() && agreement >= rule.minAgreement()
				&& rise >= rule.minRise();
		double coherence = worthMeasuring ? coherence(embeddings.get()) : Double.NaN;
		return new WindowMeasure(customers, window.size(), coherence, agreement, commonest.getKey(), rise, baseline);
	}

	boolean meets(SignalRule rule) {
		return customers >= rule.minCustomers() && coherence >= rule.minCoherence() && agreement >= rule.minAgreement()
				&& rise >= rule.minRise();
	}

	/**
	 * The mean cosine of the unit vectors u to their sum c: Σ u·c / (n |c|) = |c|²
	 * / (n |c|) = |c| / n, in one pass. Zero vectors are left out.
	 */
	static double coherence(List<float[]> embeddings) {
		double[] centre = null;
		int n = 0;
		for (float[] v : embeddings) {
			double length = norm(v);
			if (length == 0) {
				continue;
			}
			if (centre == null) {
				centre = new double[v.length];
			}
			for (int i = 0; i < centre.length; i++) {
				centre[i] += v[i] / length;
			}
			n++;
		}
		if (n < 2) {
			return n;
		}
		double sum = 0;
		for (double c : centre) {
			sum += c * c;
		}
		return Math.sqrt(sum) / n;
	}

	private static double norm(float[] v) {
		double sum = 0;
		for (float x : v) {
			sum += x * x;
		}
		return Math.sqrt(sum);
	}
}
