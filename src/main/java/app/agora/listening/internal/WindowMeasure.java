package app.agora.listening.internal;

import app.agora.listening.SignalRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scope's window says, measured against a rule: distinct customers,
 * coherence (mean cosine similarity of the items to their centre), agreement
 * (share of the commonest sentiment) and rise (items in the window against the
 * baseline's mean per window, at least one).
 */
record WindowMeasure(int customers, int items, double coherence, double agreement, String sentiment, double rise,
		double baseline) {

	static WindowMeasure of(List<WindowItem> window, double baseline) {
		int customers = (int) window.stream().map(WindowItem::customerKey).distinct().count();
		Map<String, Integer> feelings = new HashMap<>();
		window.forEach(i -> feelings.merge(i.sentiment() == null ? "NEUTRAL" : i.sentiment(), 1, Integer::sum));
		var commonest = feelings.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(Map.entry("NEUTRAL", 0));
		double agreement = window.isEmpty() ? 0 : (double) commonest.getValue() / window.size();
		double rise = window.size() / Math.max(1.0, baseline);
		return new WindowMeasure(customers, window.size(), coherence(window), agreement, commonest.getKey(), rise,
				baseline);
	}

	boolean meets(SignalRule rule) {
		return customers >= rule.minCustomers() && coherence >= rule.minCoherence() && agreement >= rule.minAgreement()
				&& rise >= rule.minRise();
	}

	private static double coherence(List<WindowItem> window) {
		List<float[]> vectors = window.stream().map(WindowItem::embedding).filter(e -> e != null && norm(e) > 0)
				.toList();
		if (vectors.size() < 2) {
			return vectors.size();
		}
		double[] centre = new double[vectors.getFirst().length];
		for (float[] v : vectors) {
			double length = norm(v);
			for (int i = 0; i < centre.length; i++) {
				centre[i] += v[i] / length;
			}
		}
		double centreLength = 0;
		for (double c : centre) {
			centreLength += c * c;
		}
		centreLength = Math.sqrt(centreLength);
		double sum = 0;
		for (float[] v : vectors) {
			double dot = 0;
			for (int i = 0; i < centre.length; i++) {
				dot += v[i] * centre[i];
			}
			sum += dot / (norm(v) * centreLength);
		}
		return sum / vectors.size();
	}

	private static double norm(float[] v) {
		double sum = 0;
		for (float x : v) {
			sum += x * x;
		}
		return Math.sqrt(sum);
	}
}
