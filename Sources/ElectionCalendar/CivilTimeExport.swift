// Every calendar API speaks in civil dates, so clients of ElectionCalendar get CivilTime's types with it.
@_exported import CivilTime
