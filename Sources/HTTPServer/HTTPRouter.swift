/// Maps method and path to a handler; an unknown path is 404 and a known path with another method is 405
/// with an `Allow` header (RFC 9110 §15.5.6), so only the routes the server means to expose answer.
public struct HTTPRouter: Sendable {
    /// Handles one request.
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse
    var routes: [(method: String, path: String, handler: Handler)] = []

    /// An empty router.
    public init() {}

    /// Adds a route for an exact path (no patterns: the API is small and fixed).
    public mutating func add(_ method: String, _ path: String, _ handler: @escaping Handler) {
        routes.append((method, path, handler))
    }

    /// Answers `request`: the matching handler, or 404/405. HEAD is served by the GET handler.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        let atPath = routes.filter { $0.path == request.path }
        guard !atPath.isEmpty else {
            return HTTPResponse.error(404, "no such page '\(request.path)'; see / for the page and /v2/check for the API")
        }
        let method = request.method == "HEAD" ? "GET" : request.method
        if let route = atPath.first(where: { $0.method == method }) { return route.handler(request) }
        var allowed = atPath.map(\.method)
        if allowed.contains("GET") { allowed.append("HEAD") }
        var response = HTTPResponse.error(405, "\(request.method) is not allowed on \(request.path); use \(allowed.joined(separator: " or "))")
        response.headers.append(("Allow", allowed.joined(separator: ", ")))
        return response
    }
}
