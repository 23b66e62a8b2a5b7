import CollectCore

/// Charts drawn as inline SVG: no script, no fonts fetched, nothing from the network. Each has
/// a value axis with its figures, labelled bars or points, and a legend.
public enum SVGChart {
    static let palette = ["#2f7d4f", "#8fbf5a", "#e0b341", "#e07a3a", "#c8372d"]

    /// Stacked bars, one per run, one band per bucket; `unit` prefixes the amounts (minor units
    /// shown as whole units).
    public static func stackedBars(_ series: [(label: String, values: [(name: String, value: Int64)])], unit: String) -> String {
        let width = 640
        let height = 250
        let left = 70
        let bottom = 60
        let top = 16
        let plot = height - bottom - top
        let totals = series.map { $0.values.reduce(Int64(0)) { $0 + $1.value } }
        let maximum = niceCeiling(max(1, totals.max() ?? 1))
        let slot = series.isEmpty ? 0 : (width - left - 10) / series.count
        let e = HTMLText.escape
        var svg = open(width, height, title: "Open balance by aging bucket, per run, in \(unit)")
        svg += axis(left: left, top: top, plot: plot, width: width) { fraction in
            money(Int64((Double(maximum) * fraction).rounded()), unit: unit)
        }
        for (index, bar) in series.enumerated() {
            var y = height - bottom
            let x = left + index * slot + 4
            for (band, item) in bar.values.enumerated() {
                let h = Int(Double(item.value) / Double(maximum) * Double(plot))
                y -= h
                svg +=
                    "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(max(2, slot - 8))\" height=\"\(h)\" fill=\"\(palette[band % palette.count])\"><title>\(e(bar.label)) \(e(item.name)): \(e(money(item.value, unit: unit)))</title></rect>"
            }
            svg +=
                "<text x=\"\(x + max(2, slot - 8) / 2)\" y=\"\(y - 4)\" font-size=\"11\" text-anchor=\"middle\">\(e(money(totals[index], unit: unit)))</text>"
            svg +=
                "<text x=\"\(x + max(2, slot - 8) / 2)\" y=\"\(height - bottom + 14)\" font-size=\"11\" text-anchor=\"middle\">\(e(bar.label))</text>"
        }
        // The legend: one swatch per bucket, in the order the bands stack.
        var x = left
        for (band, name) in (series.first?.values.map(\.name) ?? []).enumerated() {
            svg += "<rect x=\"\(x)\" y=\"\(height - 22)\" width=\"12\" height=\"12\" fill=\"\(palette[band % palette.count])\"/>"
            svg += "<text x=\"\(x + 16)\" y=\"\(height - 12)\" font-size=\"11\">\(e(name))</text>"
            x += 24 + name.count * 7
        }
        return svg + "</svg>"
    }

    /// A line over the runs, each point with its value; `unit` follows the values (` days`).
    public static func line(_ points: [(label: String, value: Double)], title: String, unit: String = "") -> String {
        let width = 640
        let height = 190
        let left = 70
        let bottom = 30
        let top = 16
        let plot = height - bottom - top
        let maximum = Double(niceCeiling(Int64(max(1, points.map(\.value).max() ?? 1).rounded(.up))))
        let step = points.count > 1 ? Double(width - left - 30) / Double(points.count - 1) : 0
        let coordinates = points.enumerated().map { index, point in
            (Double(left + 10) + Double(index) * step, Double(height - bottom) - point.value / maximum * Double(plot))
        }
        let e = HTMLText.escape
        var svg = open(width, height, title: title)
        svg += axis(left: left, top: top, plot: plot, width: width) { fraction in "\(Int((maximum * fraction).rounded()))\(unit)"
        }
        svg +=
            "<polyline fill=\"none\" stroke=\"#1d5fa8\" stroke-width=\"2\" points=\""
            + coordinates.map { "\(Int($0.0)),\(Int($0.1))" }.joined(separator: " ") + "\"/>"
        for (index, point) in points.enumerated() {
            let (x, y) = coordinates[index]
            let value = "\(Int(point.value.rounded()))\(unit)"
            svg +=
                "<circle cx=\"\(Int(x))\" cy=\"\(Int(y))\" r=\"3\" fill=\"#1d5fa8\"><title>\(e(point.label)): \(e(value))</title></circle>"
            svg += "<text x=\"\(Int(x))\" y=\"\(Int(y) - 6)\" font-size=\"11\" text-anchor=\"middle\">\(e(value))</text>"
            svg +=
                "<text x=\"\(Int(x))\" y=\"\(height - 10)\" font-size=\"11\" text-anchor=\"middle\">\(e(point.label))</text>"
        }
        return svg + "</svg>"
    }

    private static func open(_ width: Int, _ height: Int, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
            + "<title>\(HTMLText.escape(title))</title>"
    }

    /// The value axis: a line, four gridlines and their figures, from `label(fraction)`.
    private static func axis(left: Int, top: Int, plot: Int, width: Int, label: (Double) -> String) -> String {
        var svg = ""
        for tick in 0...4 {
            let y = top + plot - plot * tick / 4
            svg += "<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - 10)\" y2=\"\(y)\" stroke=\"#d8dde5\" stroke-width=\"1\"/>"
            svg +=
                "<text x=\"\(left - 6)\" y=\"\(y + 4)\" font-size=\"11\" text-anchor=\"end\">\(HTMLText.escape(label(Double(tick) / 4)))</text>"
        }
        svg += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plot)\" stroke=\"#5b6472\" stroke-width=\"1\"/>"
        return svg
    }

    /// The smallest 1, 2 or 5 times a power of ten at or above `value`: a round top for an axis.
    static func niceCeiling(_ value: Int64) -> Int64 {
        var power: Int64 = 1
        while power * 10 <= value { power *= 10 }
        for factor: Int64 in [1, 2, 5, 10] where factor * power >= value { return factor * power }
        return 10 * power
    }

    /// Minor units as whole units for an axis: `$12,800`, `$1.2M`.
    static func money(_ minor: Int64, unit: String) -> String {
        let whole = Double(minor) / 100
        if whole >= 1_000_000 { return unit + trimmed(whole / 1_000_000) + "M" }
        if whole >= 10_000 { return unit + trimmed(whole / 1_000) + "k" }
        let rounded = Int64(whole.rounded())
        var digits = String(rounded)
        if rounded >= 1_000 { digits.insert(",", at: digits.index(digits.endIndex, offsetBy: -3)) }
        return unit + digits
    }

    private static func trimmed(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }
}
