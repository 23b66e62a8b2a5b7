import Foundation

/// Honest comparisons of two rates.
public enum Significance {
    /// The two-sided p-value of a two-proportion z-test of `a` successes in `n` against `b` in
    /// `m`; nil when either sample is smaller than `minimum` (not enough data) or nothing varies.
    public static func twoProportion(_ a: Int, of n: Int, _ b: Int, of m: Int, minimum: Int) -> Double? {
        guard n >= minimum, m >= minimum, n > 0, m > 0 else { return nil }
        let p1 = Double(a) / Double(n)
        let p2 = Double(b) / Double(m)
        let pooled = Double(a + b) / Double(n + m)
        let se = (pooled * (1 - pooled) * (1 / Double(n) + 1 / Double(m))).squareRoot()
        guard se > 0 else { return nil }
        return erfc(abs(p1 - p2) / se / 2.0.squareRoot())
    }

    /// The two-sided p-value of `a` successes in `n` against a target rate; nil below `minimum`.
    public static func againstTarget(_ a: Int, of n: Int, target: Double, minimum: Int) -> Double? {
        guard n >= minimum, n > 0, target > 0, target < 1 else { return nil }
        let se = (target * (1 - target) / Double(n)).squareRoot()
        return erfc(abs(Double(a) / Double(n) - target) / se / 2.0.squareRoot())
    }

    /// The one-sided p-value of Fisher's exact test that `a` successes in `n` are as few as they
    /// are against `b` in `m` by chance alone: the hypergeometric probability of `a` or fewer
    /// among the `n`, given `a + b` successes in all. Exact, so it holds on samples too small for
    /// the z-test: what stops a clearly worse A/B variant before the minimum sample.
    public static func fewerByChance(_ a: Int, of n: Int, _ b: Int, of m: Int) -> Double {
        guard n > 0, m > 0, (0...n).contains(a), (0...m).contains(b) else { return 1 }
        func logChoose(_ total: Int, _ k: Int) -> Double {
            lgamma(Double(total + 1)) - lgamma(Double(k + 1)) - lgamma(Double(total - k + 1))
        }
        let (all, successes) = (n + m, a + b)
        let denominator = logChoose(all, n)
        var p = 0.0
        for x in max(0, successes - m)...a {
            p += exp(logChoose(successes, x) + logChoose(all - successes, n - x) - denominator)
        }
        return min(p, 1)
    }
}
