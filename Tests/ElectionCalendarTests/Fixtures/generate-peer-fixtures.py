#!/usr/bin/env python3
"""Regenerates the peer fixtures the calendar's differential tests read (dates are facts; Python does not
run in `swift test`). Run once in a throwaway venv:

    python3 -m venv /tmp/peer
    /tmp/peer/bin/pip install uk-election-timetables==5.0.2 holidays==0.109
    /tmp/peer/bin/python Tests/ElectionCalendarTests/Fixtures/generate-peer-fixtures.py

Writes, beside this script:
- peer-timetables.csv: Democracy Club uk-election-timetables 5.0.2 for every Thursday 2013-2028 and
  every kind of poll and nation it computes.
- holidays-by-rule.csv: the `holidays` package's UK bank holidays (weekdays only, as GOV.UK lists them)
  for 1978-2011 and 2029-2100, outside the GOV.UK data, per nation.
"""
import csv
import datetime as dt
import os

import holidays
import uk_election_timetables
from uk_election_timetables.calendars import Country
from uk_election_timetables.election_ids import from_election_id

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["notice_of_election_deadline", "close_of_nominations", "sopn_publish_deadline",
          "registration_deadline", "postal_vote_application_deadline", "vac_application_deadline"]
COUNTRIES = {"england": Country.ENGLAND, "wales": Country.WALES, "scotland": Country.SCOTLAND,
             "northern-ireland": Country.NORTHERN_IRELAND}

# (id template, country or None). `{d}` is the poll date.
CASES = [("local.{d}", c) for c in COUNTRIES] + [
    ("local.city-of-london.{d}", None), ("mayor.example.{d}", None), ("mayor.london.{d}", None),
    ("pcc.example.{d}", None), ("gla.c.{d}", None), ("gla.a.{d}", None), ("senedd.{d}", None),
    ("naw.{d}", None), ("sp.c.{d}", None), ("sp.r.{d}", None), ("nia.{d}", None), ("parl.{d}", None),
] + [("parl.example.by.{d}", c) for c in COUNTRIES] + [("ref.example.{d}", c) for c in COUNTRIES]


def value(election, field):
    try:
        return getattr(election, field).isoformat()
    except NotImplementedError:
        return ""


def timetables():
    rows = []
    day = dt.date(2013, 1, 3)  # the first Thursday of 2013
    while day.year <= 2028:
        for template, country in CASES:
            election_id = template.format(d=day.isoformat())
            election = from_election_id(election_id, COUNTRIES.get(country))
            rows.append([election_id, country or ""] + [value(election, f) for f in FIELDS])
        day += dt.timedelta(days=7)
    with open(os.path.join(HERE, "peer-timetables.csv"), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["# uk-election-timetables " + uk_election_timetables.__version__])
        out.writerow(["election_id", "country"] + FIELDS)
        out.writerows(rows)


def rule_holidays():
    subdivisions = {"england": "ENG", "wales": "WLS", "scotland": "SCT", "northern-ireland": "NIR"}
    years = list(range(1978, 2012)) + list(range(2029, 2101))
    with open(os.path.join(HERE, "holidays-by-rule.csv"), "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["# holidays " + holidays.__version__])
        out.writerow(["nation", "date", "title"])
        for nation, code in subdivisions.items():
            calendar = holidays.UnitedKingdom(subdiv=code, years=years)
            for date, title in sorted(calendar.items()):
                if date.weekday() < 5:
                    out.writerow([nation, date.isoformat(), title])


timetables()
rule_holidays()
