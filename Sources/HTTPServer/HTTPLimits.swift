/// The limits that keep one client from exhausting the server (every one answered with a clear 4xx or 503),
/// gathered in one value so tests can shrink them and the command can print them.
public struct HTTPLimits: Sendable {
    /// Longest request line in bytes (RFC 9112 §3: servers must accept at least 8000 octets); longer → 414.
    public var requestLineBytes = 8 * 1024
    /// Largest header section in bytes, request line excluded; larger → 431 (RFC 6585 §5).
    public var headerBytes = 16 * 1024
    /// Most header fields in one request; more → 431.
    public var headerFields = 100
    /// Largest body after de-chunking; larger → 413 (RFC 9110 §15.5.14).
    public var bodyBytes = 10 * 1024 * 1024
    /// Most fields in a form (URL-encoded or multipart); more → 413 with a message saying so.
    public var formFields = 1000
    /// Seconds a client may take to send one whole request once it has started; slower → 408.
    public var requestSeconds = 30.0
    /// Seconds without any byte before a partly sent request is abandoned (a stalled client) → 408.
    public var readIdleSeconds = 10.0
    /// Seconds an idle keep-alive connection is kept open waiting for the next request.
    public var keepAliveSeconds = 15.0
    /// Connections served at once; more are answered 503 and closed, so the server never runs out of threads.
    public var connections = 256
    /// Requests served on one connection before it is closed (a client reconnects; bounds any per-connection state).
    public var requestsPerConnection = 100_000
    /// Seconds in-flight requests are given to finish after SIGINT/SIGTERM.
    public var drainSeconds = 5.0

    /// The defaults above.
    public init() {}
}
