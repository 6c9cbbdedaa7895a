/// Calendar benchmark (filled in by its issue).
func benchCalendar() {
    print("Calendar: no benchmark yet")
}
