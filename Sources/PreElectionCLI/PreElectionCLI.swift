import ElectionCalendar
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Entry point of the `preelection` command: picks the subcommand, parses its options, runs it, and turns
/// every `CLIError` into one line on stderr and exit status 2.
public enum PreElectionCLI {
    /// Version printed by `--version`.
    public static let version = "0.1.0"

    /// Every subcommand, in the order the overview lists them.
    static var subcommands: [any Subcommand.Type] { [
        PeriodsCommand.self, TimetableCommand.self, HolidaysCommand.self, OnCommand.self,
        CheckCommand.self, EventsCommand.self, WarnCommand.self,
    ] }

    /// Runs `preelection` with `arguments` (without the program name); returns the exit status and output.
    public static func run(_ arguments: [String], context: RunContext) -> (status: Int32, output: CommandOutput) {
        var output = CommandOutput()
        do throws(CLIError) {
            let status = try dispatch(arguments, context: context, output: &output)
            output.stderr = ControlCharacters.escaped(output.stderr, keepingLineBreaks: true)
            return (status, output)
        } catch {
            output.stderr = ControlCharacters.escaped(output.stderr, keepingLineBreaks: true) + error.line + "\n"
            return (ExitStatus.inputError, output)
        }
    }

    /// Writes a run's output to the two descriptors and returns the exit status. Standard output that cannot
    /// be written (a full disk, `> /dev/full`) is an input error on standard error, exit 2 — never a silent 0.
    /// On a terminal, control characters in the report are shown escaped (no escape codes reach it).
    public static func emit(_ output: CommandOutput, status: Int32, stdout: Int32 = 1, stderr: Int32 = 2) -> Int32 {
        var status = status
        var errorText = output.stderr
        let text = isatty(stdout) == 1 ? ControlCharacters.escaped(output.stdout, keepingLineBreaks: true) : output.stdout
        var copy = text
        let code: Int32? = copy.withUTF8 { FileInput.writeAll(UnsafeRawBufferPointer($0), to: stdout) }
        // A reader that stopped early (`| head`) is not an error; anything else (a full disk) is.
        if let code, code != EPIPE {
            let error = FileInput.writeError(code, at: "standard output")
            errorText += CLIError(error.message, at: "standard output", hint: "check the disk or the file standard output was sent to").line + "\n"
            status = ExitStatus.inputError
        }
        try? FileInput.writeAll(errorText, to: stderr, location: "standard error")
        return status
    }

    static func dispatch(_ arguments: [String], context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        guard let first = arguments.first else {
            return try OverviewCommand.run(context: context, output: &output)
        }
        switch first {
        case "--version", "-V", "version":
            output.stdout += "preelection \(version)\n"
            return ExitStatus.ok
        case "--help", "-h", "help":
            if arguments.count > 1, let command = subcommands.first(where: { $0.spec.name == arguments[1] }) {
                output.stdout += command.spec.help
            } else {
                output.stdout += overviewHelp
            }
            return ExitStatus.ok
        default:
            break
        }
        guard let command = subcommands.first(where: { $0.spec.name == first }) else {
            let suggestion = ArgumentParser.closest(to: first, in: subcommands.map { $0.spec.name })
            throw CLIError("unknown command '\(first)'",
                           hint: suggestion.map { "did you mean '\($0)'? Run 'preelection --help' for the list" } ?? "run 'preelection --help' for the list")
        }
        let parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), spec: command.spec)
        if parsed.wantsHelp {
            output.stdout += command.spec.help
            return ExitStatus.ok
        }
        return try command.run(parsed, context: context, output: &output)
    }

    /// The `--help` overview: one line per subcommand.
    static var overviewHelp: String {
        var s = "preelection — keeps council publicity lawful before UK elections.\n\nUsage: preelection <command> [options]\n\nCommands:\n"
        for command in subcommands {
            let name = command.spec.name
            s += "  " + name + String(repeating: " ", count: max(1, 12 - name.count)) + command.spec.summary + "\n"
        }
        s += "\nRun 'preelection <command> --help' for a command's options. 'preelection --version' prints the version.\n"
        s += "Exit status: 0 nothing to act on, 1 findings or warnings that need action, 2 usage or input error.\n"
        return s
    }
}
