package org.specmirror.extract.classify;

/**
 * L2-regularised binary logistic regression over sparse binary features, fitted with L-BFGS
 * and a backtracking (Armijo) line search. No randomness; {@link StrictMath} keeps the
 * arithmetic bit-identical across JVMs and CPUs, so the same input gives the same weights.
 *
 * <p>Objective: {@code sum_i c_i log(1 + exp(-y_i z_i)) / sum_i c_i + sum_j l2_j w_j^2 / 2}, with
 * {@code z_i = b + sum_{j in x_i} w_j}; the bias {@code b} is not penalised.
 */
final class LogisticRegression {

  private static final int HISTORY = 10;

  private LogisticRegression() {}

  /** Fitted weights; {@code weights[dim]} is the bias. */
  static double[] fit(int[][] x, boolean[] y, double[] c, int dim, double[] l2, int maxIterations) {
    int n = x.length;
    double total = 0;
    for (double ci : c) total += ci;
    final double norm = 1.0 / total;
    int d = dim + 1;
    double[] w = new double[d];
    double[] g = new double[d];
    double f = evaluate(x, y, c, norm, l2, dim, w, g);

    double[][] s = new double[HISTORY][];
    double[][] yy = new double[HISTORY][];
    double[] rho = new double[HISTORY];
    double[] alpha = new double[HISTORY];
    int stored = 0, newest = -1;
    double[] dir = new double[d];
    double[] wNew = new double[d];
    double[] gNew = new double[d];

    for (int iter = 0; iter < maxIterations; iter++) {
      double gNorm = norm2(g);
      if (gNorm <= 1e-7 * Math.max(1.0, norm2(w))) break;

      // two-loop recursion: dir = -H g
      System.arraycopy(g, 0, dir, 0, d);
      for (int k = 0; k < stored; k++) {
        int idx = Math.floorMod(newest - k, HISTORY);
        alpha[idx] = rho[idx] * dot(s[idx], dir);
        axpy(-alpha[idx], yy[idx], dir);
      }
      double gamma = 1.0;
      if (stored > 0) {
        gamma = dot(s[newest], yy[newest]) / dot(yy[newest], yy[newest]);
      } else {
        gamma = 1.0 / gNorm;
      }
      scale(dir, gamma);
      for (int k = stored - 1; k >= 0; k--) {
        int idx = Math.floorMod(newest - k, HISTORY);
        double beta = rho[idx] * dot(yy[idx], dir);
        axpy(alpha[idx] - beta, s[idx], dir);
      }
      scale(dir, -1.0);
      double slope = dot(g, dir);
      if (slope >= 0) { // not a descent direction: restart from steepest descent
        for (int j = 0; j < d; j++) dir[j] = -g[j] / gNorm;
        slope = dot(g, dir);
        stored = 0;
      }

      double step = 1.0;
      double fNew = Double.NaN;
      boolean accepted = false;
      for (int ls = 0; ls < 40; ls++) {
        for (int j = 0; j < d; j++) wNew[j] = w[j] + step * dir[j];
        fNew = evaluate(x, y, c, norm, l2, dim, wNew, gNew);
        if (fNew <= f + 1e-4 * step * slope) {
          accepted = true;
          break;
        }
        step *= 0.5;
      }
      if (!accepted) break;

      newest = (newest + 1) % HISTORY;
      double[] sk = s[newest] == null ? new double[d] : s[newest];
      double[] yk = yy[newest] == null ? new double[d] : yy[newest];
      for (int j = 0; j < d; j++) {
        sk[j] = wNew[j] - w[j];
        yk[j] = gNew[j] - g[j];
      }
      double sy = dot(sk, yk);
      s[newest] = sk;
      yy[newest] = yk;
      if (sy > 1e-12) {
        rho[newest] = 1.0 / sy;
        stored = Math.min(stored + 1, HISTORY);
      } else {
        newest = (newest + HISTORY - 1) % HISTORY; // skip the update
      }
      double previous = f;
      System.arraycopy(wNew, 0, w, 0, d);
      System.arraycopy(gNew, 0, g, 0, d);
      f = fNew;
      if (previous - f <= 1e-10 * Math.max(1.0, Math.abs(f))) break;
    }
    return w;
  }

  private static double evaluate(int[][] x, boolean[] y, double[] c, double norm, double[] l2, int dim,
      double[] w, double[] g) {
    java.util.Arrays.fill(g, 0.0);
    double loss = 0;
    double bias = w[dim];
    for (int i = 0; i < x.length; i++) {
      double z = bias;
      for (int j : x[i]) z += w[j];
      double m = y[i] ? z : -z; // margin
      // log(1 + exp(-m)), stably
      double li = m > 0 ? StrictMath.log1p(StrictMath.exp(-m)) : -m + StrictMath.log1p(StrictMath.exp(m));
      loss += c[i] * li;
      double p = sigmoid(z);
      double r = c[i] * norm * (p - (y[i] ? 1.0 : 0.0));
      for (int j : x[i]) g[j] += r;
      g[dim] += r;
    }
    double reg = 0;
    for (int j = 0; j < dim; j++) {
      reg += l2[j] * w[j] * w[j];
      g[j] += l2[j] * w[j];
    }
    return loss * norm + 0.5 * reg;
  }

  static double sigmoid(double z) {
    if (z >= 0) {
      return 1.0 / (1.0 + StrictMath.exp(-z));
    }
    double e = StrictMath.exp(z);
    return e / (1.0 + e);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  private static double norm2(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) y[i] += a * x[i];
  }

  private static void scale(double[] a, double f) {
    for (int i = 0; i < a.length; i++) a[i] *= f;
  }
}
