import ElectionCalendar

/// Calendar benchmark: timetables and periods per second over every kind of poll, every Thursday 2013–2028
/// (the library alone; the README also gives the end-to-end time of one 10,000-poll `preelection timetable`).
func benchCalendar() {
    let data = CalendarData.embedded
    let templates = ["local.exampleton.", "local.cardiff.", "local.glasgow-city.", "local.belfast.", "parl.", "mayor.x.", "pcc.y.",
                     "gla.c.", "sp.", "nia.", "senedd.", "local.city-of-london.", "ref.2016."]
    var elections: [any Election] = []
    var day = CivilDate(year: 2013, month: 1, day: 3) ?? CivilDate(dayNumber: 0)
    let resolver = PollResolver(councils: data.councils, country: .england)
    while elections.count < 10_000 {
        for template in templates {
            if let election = try? resolver.election(template + day.iso) { elections.append(election) }
        }
        day = day.adding(days: 7)
        if day.year > 2028 { day = CivilDate(year: 2013, month: 1, day: 3) ?? day }
    }
    let build = bestSeconds { _ = CalendarSet(holidays: data.holidays, years: 2012...2029) }
    let calendars = CalendarSet(holidays: data.holidays, years: 2012...2029)
    var checksum = 0
    let timetables = bestSeconds {
        for election in elections { checksum &+= election.timetable(in: calendars).entries.count }
    }
    let periods = bestSeconds {
        let all = elections.map { PeriodPlanner.period(for: $0, calendars: calendars, options: PeriodOptions()) }
        checksum &+= PeriodPlanner.merge(all).count
    }
    print("Calendar: building the working-day calendars for 2012–2029: \(milliseconds(build)) ms")
    print("Calendar: \(elections.count) timetables in \(milliseconds(timetables)) ms — \(Int(Double(elections.count) / timetables)) timetables/s")
    print("Calendar: \(elections.count) periods computed and merged in \(milliseconds(periods)) ms — \(Int(Double(elections.count) / periods)) periods/s (checksum \(checksum % 1000))")
}

/// Seconds as milliseconds with one decimal.
func milliseconds(_ seconds: Double) -> String {
    let tenths = Int((seconds * 10_000).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}
