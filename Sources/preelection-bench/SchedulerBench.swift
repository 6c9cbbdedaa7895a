/// Scheduler benchmark (filled in by its issue).
func benchScheduler() {
    print("Scheduler: no benchmark yet")
}
