/// Why a request could not be read: the status to answer with and a plain sentence for the client, so a
/// malformed or oversized request gets a clear 4xx instead of a dropped connection.
public struct HTTPError: Error, Sendable, Equatable {
    /// The status code (400, 408, 411, 413, 414, 431, 501, 505).
    public var status: Int
    /// What was wrong and how to fix it.
    public var message: String

    /// Creates an error.
    public init(_ status: Int, _ message: String) {
        self.status = status
        self.message = message
    }
}
