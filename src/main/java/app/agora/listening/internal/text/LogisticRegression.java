package app.agora.listening.internal.text;

/**
 * Binary logistic regression with an L2 penalty, fitted by Newton's method on
 * standardised features: exact, deterministic and quick for a few thousand
 * examples of a few hundred features.
 */
final class LogisticRegression {

	private LogisticRegression() {
	}

	/**
	 * Fits weights to examples labelled positive (true) or negative.
	 *
	 * @param penalty
	 *            the L2 penalty on the weights (not the bias), in units of examples
	 */
	static SentimentWeights fit(double[][] x, boolean[] positive, double penalty,
			SentimentWeights.NeutralBands neutralBand, String provenance) {
		double[] ones = new double[x.length];
		java.util.Arrays.fill(ones, 1);
		return fit(x, positive, ones, penalty, neutralBand, provenance);
	}

	/** The same, each example counting as much as its weight. */
	static SentimentWeights fit(double[][] x, boolean[] positive, double[] weight, double penalty,
			SentimentWeights.NeutralBands neutralBand, String provenance) {
		int n = x.length;
		int d = x[0].length;
		double[] mean = new double[d];
		double[] scale = new double[d];
		for (double[] row : x) {
			for (int j = 0; j < d; j++) {
				mean[j] += row[j] / n;
			}
		}
		for (double[] row : x) {
			for (int j = 0; j < d; j++) {
				scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
			}
		}
		for (int j = 0; j < d; j++) {
			scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
		}
		double[][] z = new double[n][d + 1];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < d; j++) {
				z[i][j] = (x[i][j] - mean[j]) / scale[j];
			}
			z[i][d] = 1;
		}
		double[] w = new double[d + 1];
		for (int iteration = 0; iteration < 25; iteration++) {
			double[] gradient = new double[d + 1];
			double[][] hessian = new double[d + 1][d + 1];
			for (int i = 0; i < n; i++) {
				double p = 1 / (1 + Math.exp(-dot(w, z[i])));
				double error = (p - (positive[i] ? 1 : 0)) * weight[i];
				double curvature = Math.max(p * (1 - p), 1e-9) * weight[i];
				for (int j = 0; j <= d; j++) {
					gradient[j] += error * z[i][j];
					double zij = z[i][j] * curvature;
					for (int k = 0; k <= j; k++) {
						hessian[j][k] += zij * z[i][k];
					}
				}
			}
			for (int j = 0; j < d; j++) {
				gradient[j] += penalty * w[j];
				hessian[j][j] += penalty;
			}
			hessian[d][d] += 1e-6;
			double[] step = Cholesky.solve(hessian, gradient);
			double change = 0;
			for (int j = 0; j <= d; j++) {
				w[j] -= step[j];
				change = Math.max(change, Math.abs(step[j]));
			}
			if (change < 1e-6) {
				break;
			}
		}
		double[] weights = java.util.Arrays.copyOf(w, d);
		return new SentimentWeights(mean, scale, weights, w[d], neutralBand, WordPolarity.NONE, provenance);
	}

	private static double dot(double[] w, double[] z) {
		double sum = 0;
		for (int j = 0; j < w.length; j++) {
			sum += w[j] * z[j];
		}
		return sum;
	}

	/** Solves a symmetric positive-definite system given by its lower triangle. */
	static final class Cholesky {

		private Cholesky() {
		}

		static double[] solve(double[][] lower, double[] b) {
			int n = b.length;
			double[][] l = new double[n][n];
			for (int i = 0; i < n; i++) {
				for (int j = 0; j <= i; j++) {
					double sum = lower[i][j];
					for (int k = 0; k < j; k++) {
						sum -= l[i][k] * l[j][k];
					}
					l[i][j] = i == j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j][j];
				}
			}
			double[] y = new double[n];
			for (int i = 0; i < n; i++) {
				double sum = b[i];
				for (int k = 0; k < i; k++) {
					sum -= l[i][k] * y[k];
				}
				y[i] = sum / l[i][i];
			}
			double[] x = new double[n];
			for (int i = n - 1; i >= 0; i--) {
				double sum = y[i];
				for (int k = i + 1; k < n; k++) {
					sum -= l[k][i] * x[k];
				}
				x[i] = sum / l[i][i];
			}
			return x;
		}
	}
}
