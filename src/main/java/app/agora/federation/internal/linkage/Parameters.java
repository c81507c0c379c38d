package app.agora.federation.internal.linkage;

import app.agora.federation.LinkageModel;
import app.agora.federation.LinkageModel.FieldWeights;
import app.agora.federation.LinkageModel.LevelWeight;
import app.agora.federation.LinkageSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The Fellegi–Sunter parameters while they are being estimated: the prior share
 * of matches among candidate pairs, and for each field and level the
 * probability m among matches and u among non-matches.
 */
final class Parameters {

	/** No level is ever impossible: keeps every weight finite. */
	static final double FLOOR = 1e-6;

	double prior;
	final double[][] m;
	final double[][] u;

	Parameters(double prior, double[][] m, double[][] u) {
		this.prior = prior;
		this.m = m;
		this.u = u;
	}

	/**
	 * A start for expectation maximisation: matches mostly agree exactly, chance
	 * agreement as measured.
	 */
	static Parameters start(ComparisonVectors vectors, double[][] chance) {
		int fields = vectors.fields();
		double[][] m = new double[fields][];
		for (int f = 0; f < fields; f++) {
			int levels = vectors.comparator(f).levels().size();
			m[f] = new double[levels];
			m[f][0] = 0.9;
			m[f][levels - 1] = 0.02;
			for (int l = 1; l < levels - 1; l++) {
				m[f][l] = 0.08 / (levels - 2);
			}
		}
		double[][] u = new double[fields][];
		for (int f = 0; f < fields; f++) {
			u[f] = chance[f].clone();
		}
		return new Parameters(0.1, m, u);
	}

	static Parameters of(LinkageModel model) {
		int fields = model.fields().size();
		double[][] m = new double[fields][];
		double[][] u = new double[fields][];
		for (int f = 0; f < fields; f++) {
			var levels = model.fields().get(f).levels();
			m[f] = levels.stream().mapToDouble(LevelWeight::m).toArray();
			u[f] = levels.stream().mapToDouble(LevelWeight::u).toArray();
		}
		return new Parameters(model.prior(), m, u);
	}

	LinkageModel toModel(LinkageSettings settings, ComparisonVectors vectors) {
		var fields = new ArrayList<FieldWeights>();
		for (int f = 0; f < m.length; f++) {
			var names = vectors.comparator(f).levels();
			var levels = new ArrayList<LevelWeight>();
			for (int l = 0; l < m[f].length; l++) {
				levels.add(new LevelWeight(names.get(l), m[f][l], u[f][l]));
			}
			fields.add(new FieldWeights(settings.fields().get(f), List.copyOf(levels)));
		}
		return new LinkageModel(settings, prior, fields);
	}

	/** log2(m/u) of a level. */
	double weight(int field, int level) {
		return Math.log(m[field][level] / u[field][level]) / Math.log(2);
	}

	/**
	 * The match weight of a comparison vector in bits: prior log-odds plus each
	 * known field's weight.
	 */
	double weight(long vector) {
		double weight = Math.log(prior / (1 - prior)) / Math.log(2);
		for (int f = 0; f < m.length; f++) {
			int level = ComparisonVectors.level(vector, f);
			if (level != ComparisonVectors.MISSING) {
				weight += weight(f, level);
			}
		}
		return weight;
	}

	static double probability(double weight) {
		return 1 / (1 + Math.pow(2, -weight));
	}

	/** Makes each distribution sum to 1 with no level below the floor. */
	void normalise() {
		for (double[][] table : new double[][][]{m, u}) {
			for (double[] levels : table) {
				double sum = 0;
				for (int l = 0; l < levels.length; l++) {
					levels[l] = Math.max(levels[l], FLOOR);
					sum += levels[l];
				}
				for (int l = 0; l < levels.length; l++) {
					levels[l] /= sum;
				}
			}
		}
		prior = Math.min(Math.max(prior, FLOOR), 1 - FLOOR);
	}
}
