import Foundation
import ElectionCalendar
import ReleaseChecker

/// Best CPU time of this thread for one run of `body`: unlike wall-clock time it does not count the time the
/// machine spent on other processes (the benchmark machine is shared).
func bestThreadCPUSeconds(repetitions: Int, _ body: () -> Void) -> Double {
    func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
    var best = Double.infinity
    for _ in 0..<repetitions {
        let start = now()
        body()
        best = min(best, now() - start)
    }
    return best
}

/// A realistic ~5 KB release with something for every rule: member quotes (before, after, follow-up,
/// multi-paragraph), officer quotes, parties and traps, electioneering, a caption, a topic and a notice.
let checkerSampleRelease = """
FOR IMMEDIATE RELEASE – Exampleton Borough Council

New Mill Road leisure centre and green spaces plan approved

Exampleton Borough Council's Cabinet has approved plans for an £18m leisure centre on Mill Road and a new Green Spaces Strategy for the borough's parks, play areas and allotments.

The centre will include a 25-metre pool, a learner pool, a sports hall and a gym heated by air-source heat pumps. Construction starts in June and the centre opens in autumn 2027. Castle Baths will stay open until then, so swimming lessons will carry on as normal.

Councillor Jane Doe, Cabinet Member for Leisure, Culture and Tourism, said: “Residents told us they wanted a modern, accessible centre and that is exactly what they are going to get. This is a fantastic moment for Exampleton.”

“We have listened to swimming clubs, schools and disabled residents at every stage,” she added.

“The council’s leisure team and the residents’ panel have done a brilliant job, and I want to thank everyone who took part in the consultation.”

Sam Whitaker, the council's Leisure Services Manager, said: "We have worked closely with the clubs to make sure the new timetable works for everyone, including early-morning lane swimming."

The Green Spaces Strategy protects the borough's green spaces, keeps the Green Flag award at Mill Park and confirms that land in the Green Belt will not be released for housing. Labour costs for grounds maintenance have risen by 6% this year, but a conservative estimate suggests that wildflower verges will save £40,000 a year. An independent review of the Harbour Road bus lane will report in the summer, and reform of bus services is a matter for the combined authority.

The Labour-led administration first proposed the strategy in 2024. Opposition councillors asked for more money for street trees, and the Conservative group abstained.

The Leader of the Council said:

"For too long our parks have been taken for granted. This strategy puts them at the heart of everything we do.

"I would urge everyone to visit their local park this summer."

Cllr Martin Fell said the council would also review the low traffic neighbourhood trial in Northby before the end of the year.

Residents can register to vote by midnight on Monday 20 April. Polling stations open 7am–10pm on Thursday 7 May, and in most wards you can vote for up to three candidates. Remember to bring photo ID.

Lisa Harper, Head of Waste and Street Scene, said: "Green waste collections restart on Monday 13 April, and more than 9,000 households have already subscribed. If in doubt, check our online A to Z."

Pictured (l-r): Cllr Jane Doe, Sam Whitaker and members of Exampleton Swimming Club.

Follow @ExamptonCouncil for updates and share your photos with #MillRoadLeisure.

The new centre will be run by the council's in-house leisure service, and prices will be frozen at current levels for the first year. Concessions will continue for over-60s, carers, people receiving Universal Credit and full-time students. A new family membership will cover two adults and up to three children.

Swimming clubs will have priority booking for early-morning and evening lane time, and the learner pool will be available for school swimming lessons every weekday morning during term time. The sports hall will be marked out for badminton, basketball, netball and five-a-side football, with a moveable wall so two groups can use it at once.

"We visited six centres built in the last five years to learn what works," said Dr Priya Nair, the council's Director of Place. "The changing village, the step-free route from the bus stop and the quiet hour for people with sensory needs all came from those visits and from the residents' panel."

The building has been designed to achieve a BREEAM Excellent rating. Solar panels on the roof will provide around a fifth of its electricity, and rainwater will be collected to flush toilets. Cycle parking for 120 bikes will be provided at the front entrance, with 40 car parking spaces, six of them for blue badge holders, and eight electric vehicle charging points.

During construction, Mill Road will stay open to traffic, but the pavement on the north side will be closed between Castle Street and the bus station from June to September. A signed diversion will be in place, and the number 14 and 22 buses will use temporary stops outside the library. Contractors will not start work before 8am on weekdays or 9am on Saturdays, and there will be no work at all on Sundays or on bank holidays.

Notes to editors
1. The Cabinet report is available on the council's website.
2. The centre is funded from the council's capital programme and a £3m Sport England grant.
3. Media enquiries: press@exampleton.gov.uk, 01632 960000.

preelection: ignore member-reference -- factual report of a decision, agreed with the Monitoring Officer
Cllr Graham Tully, Chair of the Planning Committee, chaired the meeting that approved the planning application.

ENDS

"""

/// A clean release: officer quotes, election administration and the false-positive traps.
let checkerCleanRelease = """
Last chance to register to vote in the Exampleton elections

Residents who want to vote in the borough and parish council elections on Thursday 7 May 2026 must register to vote by midnight on Monday 20 April. It only takes five minutes to register online. The deadline to apply for a postal vote is 5pm on Tuesday 21 April.

Polling stations open 7am–10pm on polling day. In most wards you can vote for up to three candidates. Remember to bring photo ID.

Mark Ellison, Electoral Services Manager, said: "Every vote counts, so please check you are registered and know what ID to bring."

The council’s green spaces team kept the Green Flag award at Mill Park, and land in the Green Belt will stay protected. Labour costs rose by 6%, but a conservative estimate suggests savings of £40,000. An independent review of bus lanes reports in June; reform of bus services is for the combined authority.

"We would much rather explain than refuse a bin," said Lisa Harper, Head of Waste. "Our crews are happy to answer questions on their rounds."


"""

/// Measures the checker's scanning speed on a generated 1 MB release (issue 3 target: ≥ 50 MB/s
/// single-threaded) and one 5 KB release in process. `preelection-bench checker --write-sample DIR` also
/// writes the 5 KB sample (and a 1 MB file) for an end-to-end run of the release binary with hyperfine.
func benchChecker() {
    var people = PeopleList()
    people.add(names: ["Priya Shah", "Daniel Okafor", "Helen Marsh", "Robert Ashby"], role: .candidate)
    people.add(names: ["Jane Doe", "Martin Fell", "Graham Tully"], role: .member)
    let period = PreElectionPeriod(start: CivilDate(year: 2026, month: 3, day: 30)!, end: CivilDate(year: 2026, month: 5, day: 7)!,  // safe: valid dates
                                   elections: ["local.2026-05-07"], basis: "benchmark")
    let options = CheckOptions(publicationDate: CivilDate(year: 2026, month: 4, day: 15)!, periods: [period], people: people,  // safe: valid date
                               topics: ["low traffic neighbourhood", "incinerator", "Riverside Quarter development"])
    // 1 MB: the sample repeated, with the names varied so that nothing is cached between copies.
    var big = ""
    var copy = 0
    while big.utf8.count < 1_000_000 {
        big += checkerSampleRelease.replacingOccurrences(of: "Mill Road", with: "Mill Road \(copy)")
        copy += 1
    }
    let size = Double(big.utf8.count)
    var findings = 0
    let seconds = bestSeconds(repetitions: 9) { findings = ReleaseScanner.check(text: big, options: options).findings.count }
    let cpu = bestThreadCPUSeconds(repetitions: 9) { _ = ReleaseScanner.check(text: big, options: options) }
    print(String(format: "Checker: %.2f MB release checked in %.1f ms wall = %.0f MB/s single-threaded (%.1f ms CPU = %.0f MB/s; %d findings, best of 9)",
                 size / 1e6, seconds * 1000, size / 1e6 / seconds, cpu * 1000, size / 1e6 / cpu, findings))
    // The same size of clean copy (officer quotes, election administration, false-positive traps): the scan alone.
    var clean = ""
    while clean.utf8.count < 1_000_000 { clean += checkerCleanRelease }
    let cleanCPU = bestThreadCPUSeconds(repetitions: 9) { findings = ReleaseScanner.check(text: clean, options: options).findings.count }
    print(String(format: "Checker: %.2f MB of clean releases checked in %.1f ms CPU = %.0f MB/s (%d findings)",
                 Double(clean.utf8.count) / 1e6, cleanCPU * 1000, Double(clean.utf8.count) / 1e6 / cleanCPU, findings))
    let small = Double(checkerSampleRelease.utf8.count)
    let smallSeconds = bestSeconds(repetitions: 50) { findings = ReleaseScanner.check(text: checkerSampleRelease, options: options).findings.count }
    print(String(format: "Checker: %.1f KB release checked in %.3f ms in process (%d findings)", small / 1e3, smallSeconds * 1000, findings))

    let arguments = CommandLine.arguments
    if let i = arguments.firstIndex(of: "--write-sample"), i + 1 < arguments.count {
        let dir = arguments[i + 1]
        do {
            try checkerSampleRelease.write(toFile: dir + "/release-5k.txt", atomically: true, encoding: .utf8)
            try big.write(toFile: dir + "/release-1m.txt", atomically: true, encoding: .utf8)
            print("Checker: wrote \(dir)/release-5k.txt and \(dir)/release-1m.txt")
        } catch {
            print("Checker: cannot write samples to \(dir): \(error)")
        }
    }
}
