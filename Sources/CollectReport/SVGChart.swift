/// Charts drawn as inline SVG: no script, no fonts fetched, nothing from the network.
public enum SVGChart {
    static let palette = ["#2f7d4f", "#8fbf5a", "#e0b341", "#e07a3a", "#c8372d"]

    /// Stacked bars, one per run, one band per bucket.
    public static func stackedBars(_ series: [(label: String, values: [(name: String, value: Int64)])], unit: String) -> String {
        let width = 640
        let height = 220
        let left = 60
        let bottom = 30
        let maximum = max(1, series.map { $0.values.reduce(Int64(0)) { $0 + $1.value } }.max() ?? 1)
        let slot = series.isEmpty ? 0 : (width - left - 10) / series.count
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        svg += "<title>Open balance by aging bucket, per run</title>"
        for (index, bar) in series.enumerated() {
            var y = height - bottom
            for (band, item) in bar.values.enumerated() {
                let h = Int(Double(item.value) / Double(maximum) * Double(height - bottom - 10))
                y -= h
                svg +=
                    "<rect x=\"\(left + index * slot + 4)\" y=\"\(y)\" width=\"\(max(2, slot - 8))\" height=\"\(h)\" fill=\"\(palette[band % palette.count])\"><title>\(HTMLText.escape(bar.label)) \(HTMLText.escape(item.name))</title></rect>"
            }
            svg +=
                "<text x=\"\(left + index * slot + slot / 2)\" y=\"\(height - 10)\" font-size=\"10\" text-anchor=\"middle\">\(HTMLText.escape(bar.label))</text>"
        }
        svg += "<text x=\"4\" y=\"14\" font-size=\"10\">\(HTMLText.escape(unit))</text></svg>"
        return svg
    }

    /// A line over the runs.
    public static func line(_ points: [(label: String, value: Double)], title: String) -> String {
        let width = 640
        let height = 160
        let left = 40
        let bottom = 30
        let maximum = max(1, points.map(\.value).max() ?? 1)
        let step = points.count > 1 ? Double(width - left - 20) / Double(points.count - 1) : 0
        let coordinates = points.enumerated().map { index, point in
            (Double(left) + Double(index) * step, Double(height - bottom) - point.value / maximum * Double(height - bottom - 10))
        }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        svg += "<title>\(HTMLText.escape(title))</title>"
        svg +=
            "<polyline fill=\"none\" stroke=\"#1d5fa8\" stroke-width=\"2\" points=\""
            + coordinates.map { "\(Int($0.0)),\(Int($0.1))" }.joined(separator: " ") + "\"/>"
        for (index, point) in points.enumerated() {
            let (x, y) = coordinates[index]
            svg +=
                "<circle cx=\"\(Int(x))\" cy=\"\(Int(y))\" r=\"3\" fill=\"#1d5fa8\"><title>\(HTMLText.escape(point.label)): \(Int(point.value.rounded()))</title></circle>"
            svg +=
                "<text x=\"\(Int(x))\" y=\"\(height - 10)\" font-size=\"10\" text-anchor=\"middle\">\(HTMLText.escape(point.label))</text>"
        }
        return svg + "</svg>"
    }
}
