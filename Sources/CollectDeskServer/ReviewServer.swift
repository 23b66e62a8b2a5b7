import CollectDesk
import Dispatch
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// The review desk served over HTTP by Hummingbird: each request handed to ``ReviewDesk`` as
/// plain values, its answer written back.
public enum ReviewServer {
    /// Where the desk answers, one request after another.
    static let queue = DispatchQueue(label: "collect.review.desk")

    /// The largest form a browser may post (an edited message is a few kilobytes).
    static let maximumBody = 1 << 20

    /// Serves `desk` on `host:port` until the process is stopped; `ready` is called once the port
    /// is bound.
    public static func run(
        desk: ReviewDesk, host: String, port: Int, logger: Logger, ready: @escaping @Sendable () -> Void
    ) async throws {
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            try await respond(request, desk: desk)
        }
        let app = Application(
            responder: responder, configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { _ in ready() }, logger: logger)
        try await app.runService()
    }

    static func respond(_ request: Request, desk: ReviewDesk) async throws -> Response {
        var headers: [String: String] = [:]
        for field in request.headers {
            headers[field.name.canonicalName, default: ""] += (headers[field.name.canonicalName] == nil ? "" : "; ") + field.value
        }
        if let authority = request.head.authority { headers["host"] = authority }
        var form = FormData()
        if request.method == .post {
            let body = try await request.body.collect(upTo: maximumBody)
            form = FormData(encoded: String(buffer: body))
        }
        let deskRequest = DeskRequest(
            method: request.method.rawValue, path: request.uri.path, query: FormData(encoded: request.uri.query ?? ""),
            form: form, headers: headers)
        // The desk reads and writes SQLite and files, and takes the workspace lock: one request at a
        // time, on a thread of its own, never on the server's event loops.
        let answer = await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: desk.respond(to: deskRequest)) }
        }
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let field = HTTPField.Name(name) { fields.append(HTTPField(name: field, value: value)) }
        }
        return Response(
            status: HTTPResponse.Status(code: answer.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body)))
    }
}
