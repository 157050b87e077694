/// Builds the JSON bodies the monitoring service sends.
public enum MonitoringAnswer {
    /// The records of `plantID` for the days in [fromDay, toDay) — the service's `to` is
    /// exclusive, as the sample `monitoring_ok_plant-1_2022-10-25_2022-10-27.json` shows (48
    /// hours) — and only hours that have ended before `nowEpochSeconds`.
    public static func hours(plantID: Int, fromDay: Int, toDay: Int, nowEpochSeconds: Int) -> [MonitoringValues.Reading] {
        guard toDay > fromDay else { return [] }
        var readings: [MonitoringValues.Reading] = []
        readings.reserveCapacity((toDay - fromDay) * 24)
        var hour = fromDay * 86_400
        while hour < toDay * 86_400, hour + 3600 <= nowEpochSeconds {
            readings.append(MonitoringValues.reading(plantID: plantID, hourEpochSeconds: hour))
            hour += 3600
        }
        return readings
    }

    /// A record as the service writes it.
    public static func record(_ r: MonitoringValues.Reading) -> String {
        record(datetime: "\"\(MonitoringDays.dateTimeText(hourEpochSeconds: r.hourEpochSeconds))\"",
               expected: "{\"energy\": \(r.energyExpected), \"irradiation\": \(r.irradiationExpected)}",
               observed: "{\"energy\": \(r.energyObserved), \"irradiation\": \(r.irradiationObserved)}")
    }

    /// A record broken in one of four ways (by `kind` modulo 4): no `observed`, a null energy,
    /// a datetime in another format, an energy that is a string.
    public static func brokenRecord(_ r: MonitoringValues.Reading, kind: Int) -> String {
        let datetime = MonitoringDays.dateTimeText(hourEpochSeconds: r.hourEpochSeconds)
        let expected = "{\"energy\": \(r.energyExpected), \"irradiation\": \(r.irradiationExpected)}"
        let observed = "{\"energy\": \(r.energyObserved), \"irradiation\": \(r.irradiationObserved)}"
        switch kind % 4 {
        case 0: return "{\"datetime\": \"\(datetime)\", \"expected\": \(expected)}"
        case 1: return record(datetime: "\"\(datetime)\"", expected: "{\"energy\": null, \"irradiation\": \(r.irradiationExpected)}", observed: observed)
        case 2:
            let spaced = String(datetime.prefix(10)) + " " + String(datetime.dropFirst(11).prefix(5))
            return record(datetime: "\"\(spaced)\"", expected: expected, observed: observed)
        default: return record(datetime: "\"\(datetime)\"", expected: expected, observed: "{\"energy\": \"n/a\", \"irradiation\": \(r.irradiationObserved)}")
        }
    }

    static func record(datetime: String, expected: String, observed: String) -> String {
        "{\"datetime\": \(datetime), \"expected\": \(expected), \"observed\": \(observed)}"
    }

    /// `{"error": "..."}`, the service's refusal.
    public static func errorObject(_ message: String) -> String {
        var escaped = ""
        for c in message.unicodeScalars {
            switch c {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            default: escaped.unicodeScalars.append(c)
            }
        }
        return "{\"error\": \"\(escaped)\"}"
    }
}
