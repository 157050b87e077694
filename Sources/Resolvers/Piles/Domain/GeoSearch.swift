import Foundation

/// Great-circle distance and the latitude/longitude box that contains every point within a
/// radius, so a search reads only the piles inside the box (through an index) and measures
/// those exactly.
public enum GeoSearch {
    /// Mean Earth radius (IUGG), km.
    public static let earthRadiusKm = 6371.0088
    /// The largest search radius.
    public static let maxRadiusKm = 1000.0

    /// Haversine distance in km between two points given in degrees.
    public static func distanceKm(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double {
        let φ1 = latitude1 * .pi / 180, φ2 = latitude2 * .pi / 180
        let Δφ = (latitude2 - latitude1) * .pi / 180, Δλ = (longitude2 - longitude1) * .pi / 180
        let a = pow(sin(Δφ / 2), 2) + cos(φ1) * cos(φ2) * pow(sin(Δλ / 2), 2)
        return 2 * earthRadiusKm * asin(min(1, sqrt(a)))
    }

    /// A box of latitudes and one or two ranges of longitudes (two when it crosses ±180°).
    public struct BoundingBox: Sendable, Hashable {
        public let minLatitude: Double
        public let maxLatitude: Double
        public let longitudeRanges: [ClosedRange<Double>]
    }

    /// The box around (latitude, longitude) holding every point within `radiusKm`, slightly
    /// widened so rounding never drops a point on the edge.
    public static func boundingBox(latitude: Double, longitude: Double, radiusKm: Double) -> BoundingBox {
        let angular = radiusKm / earthRadiusKm * 1.000001 + 1e-9
        let degrees = angular * 180 / .pi
        let minLat = latitude - degrees, maxLat = latitude + degrees
        if minLat <= -90 || maxLat >= 90 || angular >= .pi / 2 {
            return BoundingBox(minLatitude: max(minLat, -90), maxLatitude: min(maxLat, 90), longitudeRanges: [-180...180])
        }
        let φ = latitude * .pi / 180
        let ratio = sin(angular) / cos(φ)
        guard ratio < 1 else {
            return BoundingBox(minLatitude: minLat, maxLatitude: maxLat, longitudeRanges: [-180...180])
        }
        let Δλ = asin(ratio) * 180 / .pi
        let west = longitude - Δλ, east = longitude + Δλ
        var ranges: [ClosedRange<Double>] = []
        if west < -180 {
            ranges = [-180...east, (west + 360)...180]
        } else if east > 180 {
            ranges = [west...180, -180...(east - 360)]
        } else {
            ranges = [west...east]
        }
        return BoundingBox(minLatitude: minLat, maxLatitude: maxLat, longitudeRanges: ranges)
    }
}
