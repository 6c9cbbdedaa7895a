/// Checker benchmark (filled in by its issue).
func benchChecker() {
    print("Checker: no benchmark yet")
}
