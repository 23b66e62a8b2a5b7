import CollectCore
import CollectJobs
import CollectState
import CollectTestSupport
import Foundation

/// A small business over many nights, generated from a seed: invoices issued and paid (in full,
/// in part, late, never), payment files and exports that arrive before, with and after each
/// other, exports that lag, repeat or come twice a night, customers who reply or text STOP, reruns
/// and releases at any hour. It keeps the truth of every invoice and counts each time a customer
/// receives something a SPEC promise forbids, or a balance that is not the true open balance.
final class BusinessSimulation {
    /// What went wrong, by promise; every count must be zero.
    struct Counters: CustomStringConvertible {
        var paidNamed = 0
        var afterReply = 0
        var afterOptOut = 0
        var protectedMessaged = 0
        var stepTwice = 0
        var outsideHours = 0
        var lost = 0
        var wrongBalance = 0
        var problems: [String] = []

        var total: Int {
            paidNamed + afterReply + afterOptOut + protectedMessaged + stepTwice + outsideHours + lost + wrongBalance
        }
        var description: String {
            "paid named \(paidNamed), after reply \(afterReply), after opt-out \(afterOptOut), protected \(protectedMessaged), "
                + "step twice \(stepTwice), outside hours \(outsideHours), lost \(lost), wrong balance \(wrongBalance)"
                + problems.prefix(8).map { "\n  " + $0 }.joined()
        }
    }

    /// What the simulation exercised, so a run that tested nothing is caught.
    struct Exercised {
        var released = 0
        var linesChecked = 0
        var paymentsBeforeExport = 0
        var paymentsAfterExport = 0
        var partialPayments = 0
        var replies = 0
        var optOuts = 0
        var reruns = 0
        var laggingExports = 0
    }

    struct Payment {
        var amount: Int64
        var date: CivilDate
        /// The night a payment file reports it.
        var reported: CivilDate
        /// The first night the books (and so the exports) show it.
        var booked: CivilDate
        var reference: String
    }

    struct Invoice {
        var number: String
        var customer: String
        var issued: CivilDate
        var due: CivilDate
        var total: Int64
        var payments: [Payment]
    }

    struct Client {
        var name: String
        var email: String?
        var phone: String?
        var doNotAutomate = false
    }

    private var rng: SplitMix64
    let ws: TestWorkspace
    private(set) var job: CollectJob
    private(set) var invoices: [Invoice] = []
    private let clients: [Client]
    private(set) var counters = Counters()
    private(set) var exercised = Exercised()
    private var seenSpool: Set<String> = []
    /// The newest night whose books an export read so far showed.
    private var exportNight: CivilDate? = nil
    /// Customers paused by a reply, and the night a person resumes them.
    private var pausedUntil: [String: CivilDate] = [:]
    private var optedOut: Set<String> = []
    /// (invoice, rank of the highest step credited so far).
    private var credited: [String: Int] = [:]
    private var lastExportText: String? = nil
    private var nextNumber = 1000
    /// The first night played: it brings every payment reported before it too.
    private var firstNight: CivilDate? = nil
    /// Every batch staged, and every message released, in order.
    private var runs: [String] = []
    private var releasedLog: [MessageRecord] = []
    static let steps = ["courtesy", "gentle", "firm", "direct"]

    init(seed: UInt64) throws {
        rng = SplitMix64(seed: seed)
        ws = try TestWorkspace()
        var list: [Client] = (1...10).map {
            Client(name: "Client \($0)", email: "ap\($0)@client\($0).example", phone: nil)
        }
        list.append(Client(name: "Texting Co", email: nil, phone: "+1 312 555 01\(Int(seed % 90) + 10)"))
        list.append(Client(name: "Guarded LLC", email: "ap@guarded.example", phone: nil, doNotAutomate: true))
        clients = list
        let rows = clients.map {
            "\($0.name),\($0.email ?? ""),\($0.phone ?? ""),America/Chicago,\($0.doNotAutomate ? "yes" : "")"
        }
        try ws.drop("customers.csv", "Customer,Email,Phone,Time Zone,Do Not Automate\n" + rows.joined(separator: "\n") + "\n")
        job = try ws.job()
    }

    // MARK: - The business

    private func issue(on day: CivilDate, customer: String) {
        nextNumber += 1
        let total = Int64(rng.next(in: 10_000...500_000))
        let due = day.adding(days: [15, 30, 30, 45][rng.next(in: 0...3)])
        var payments: [Payment] = []
        func pay(_ amount: Int64, on date: CivilDate, _ n: Int) {
            let reported = date.adding(days: rng.next(in: 0...2))
            let booked = date.adding(days: rng.next(in: 0...3))
            payments.append(
                Payment(amount: amount, date: date, reported: reported, booked: booked, reference: "R\(nextNumber)-\(n)"))
        }
        switch rng.next(in: 0...19) {
        case 0...4: pay(total, on: due.adding(days: -rng.next(in: 0...5)), 1)
        case 5...9: pay(total, on: due.adding(days: rng.next(in: 2...6)), 1)
        case 10...13: pay(total, on: due.adding(days: rng.next(in: 8...25)), 1)
        case 14...16:
            let first = total * Int64(rng.next(in: 30...70)) / 100
            let date = due.adding(days: rng.next(in: 3...10))
            pay(first, on: date, 1)
            pay(total - first, on: date.adding(days: rng.next(in: 7...20)), 2)
        default: break
        }
        invoices.append(
            Invoice(number: "S\(nextNumber)", customer: customer, issued: day, due: due, total: total, payments: payments))
    }

    /// What the books say an invoice still owes on `night`.
    private func booksBalance(_ invoice: Invoice, _ night: CivilDate) -> Int64 {
        invoice.total - invoice.payments.filter { $0.booked <= night }.reduce(0) { $0 + $1.amount }
    }

    /// The true open balance as far as anything dropped so far can tell: the total less every
    /// payment a payment file reported or an export read showed.
    private func trueBalance(_ invoice: Invoice, _ night: CivilDate) -> Int64 {
        let shown = exportNight
        return invoice.total
            - invoice.payments.filter { payment in
                payment.reported <= night || shown.map { payment.booked <= $0 } == true
            }.reduce(0) { $0 + $1.amount }
    }

    private func export(asOf night: CivilDate) -> String {
        var text = "Invoice No,Customer,Invoice Date,Due Date,Amount,Balance Due\n"
        for invoice in invoices where invoice.issued <= night {
            let balance = booksBalance(invoice, night)
            guard balance > 0 else { continue }
            text +=
                "\(invoice.number),\(invoice.customer),\(invoice.issued),\(invoice.due),\(Self.decimal(invoice.total)),\(Self.decimal(balance))\n"
        }
        return text
    }

    static func decimal(_ minor: Int64) -> String { "\(minor / 100).\(minor % 100 < 10 ? "0" : "")\(minor % 100)" }

    // MARK: - The nights

    /// Plays `nights` nights from `start`.
    func play(from start: CivilDate, nights: Int) throws {
        for client in clients {
            for _ in 0..<rng.next(in: 2...4) { issue(on: start.adding(days: -rng.next(in: 0...40)), customer: client.name) }
        }
        var night = start
        firstNight = start
        for _ in 0..<nights {
            try playNight(night)
            night = night.adding(days: 1)
        }
        // Nothing lost: every message of every batch but the last night's is released, held or superseded.
        let last = night.adding(days: -1).description
        for run in runs where !run.hasPrefix(last) {
            for message in try job.database.read({ try $0.messages(run: run) })
            where MessageStatus.pending.contains(message.status) {
                note(\.lost, "\(message.id) of batch \(run) is still \(message.status)")
            }
        }
    }

    private func playNight(_ night: CivilDate) throws {
        for _ in 0..<rng.next(in: 0...2) { issue(on: night, customer: clients[rng.next(in: 0...(clients.count - 1))].name) }
        var dropped: [String] = []
        // The export: most nights; some nights it lags a day, some nights two come, some none.
        let roll = rng.next(in: 0...19)
        if roll == 0, let last = lastExportText {
            try ws.drop("again-\(night).csv", last)  // the same file dropped twice
            dropped.append("again-\(night).csv")
        } else if roll != 1 {
            if roll <= 4 {
                exercised.laggingExports += 1
                let lagging = export(asOf: night.adding(days: -1))
                try ws.drop("export-\(night)-a.csv", lagging)
                dropped.append("export-\(night)-a.csv")
                exportNight = max(exportNight ?? night.adding(days: -1), night.adding(days: -1))
            }
            if roll != 2 {
                let current = export(asOf: night)
                try ws.drop("export-\(night)-b.csv", current)
                dropped.append("export-\(night)-b.csv")
                lastExportText = current
                exportNight = night
            }
        }
        // The payment file: what the bank reported tonight.
        var rows: [String] = []
        for invoice in invoices {
            for payment in invoice.payments where payment.reported == night || (night == firstNight && payment.reported < night) {
                rows.append("\(invoice.number),\(Self.decimal(payment.amount)),\(payment.date),\(payment.reference)")
                if payment.booked > night { exercised.paymentsBeforeExport += 1 } else { exercised.paymentsAfterExport += 1 }
                if payment.amount < invoice.total { exercised.partialPayments += 1 }
            }
        }
        if !rows.isEmpty {
            try ws.drop("payments-\(night).csv", "Invoice,Amount,Date,Reference\n" + rows.joined(separator: "\n") + "\n")
            dropped.append("payments-\(night).csv")
        }
        try reply(on: night, dropped: &dropped)
        for (customer, until) in pausedUntil where until <= night {
            _ = try job.resume(customer: customer, channels: [], now: at(night, "05:00"))
            pausedUntil[customer] = nil
        }

        let summary = try job.run(asOf: night, now: at(night, "06:00"))
        runs.append(summary.run)
        if rng.next(in: 0...9) == 0 {
            exercised.reruns += 1
            runs.append(try job.run(asOf: night, now: at(night, "06:30")).run)
        }
        for name in dropped where ws.exists("inbox/\(name)") { note(\.lost, "\(name) left in the inbox on \(night)") }

        // Releases: the admin in the morning; cron at other hours, some outside contact hours.
        for time in ["10:00", ["07:15", "13:00", "21:30"][rng.next(in: 0...2)]] {
            let now = at(night, time)
            let released = try job.release(
                run: time == "10:00" ? summary.run : nil, selection: time == "10:00" ? .all : .none, now: now)
            let local = LocalTime(now, in: TestWorkspace.chicago)
            if !released.released.isEmpty, local.isoWeekday >= 6 || local.minuteOfDay < 8 * 60 || local.minuteOfDay >= 20 * 60 {
                note(\.outsideHours, "\(released.released.count) released at \(night) \(time)")
            }
            try read(released: released.released, night: night)
        }
    }

    /// Now and then a customer who heard from the business answers.
    private func reply(on night: CivilDate, dropped: inout [String]) throws {
        guard rng.next(in: 0...5) == 0 else { return }
        let recent = releasedLog.suffix(5)
        guard !recent.isEmpty else { return }
        let message = recent[recent.startIndex + rng.next(in: 0...(recent.count - 1))]
        guard pausedUntil[message.customer] == nil, !optedOut.contains(message.customer) else { return }
        exercised.replies += 1
        if message.channel == .sms {
            exercised.optOuts += 1
            try ws.drop(
                "in-\(night).sms",
                "From: \(message.recipient)\nSent: \(String(night.description.dropFirst(2))) 08:00:00\nAlphabet: UTF-8\n\nSTOP")
            dropped.append("in-\(night).sms")
            optedOut.insert(message.customer)
            return
        }
        let text = [
            "This invoice is wrong, the work isn't finished yet.", "Can you send me a copy of the invoice?",
            "We have a question about the hours billed.",
        ][rng.next(in: 0...2)]
        try ws.drop(
            "reply-\(night).eml",
            """
            From: Accounts <\(message.recipient)>
            To: accounts@harborpine.example
            Subject: Re: \(message.subject ?? "")
            Date: Mon, 01 Jan 2024 09:00:00 -0600
            Message-ID: <reply-\(night)@client.example>
            In-Reply-To: <\(message.rfcMessageID)>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8

            \(text)

            """)
        dropped.append("reply-\(night).eml")
        // A person reads it and resumes the customer four nights later.
        pausedUntil[message.customer] = night.adding(days: 4)
    }

    /// Reads what reached the customers, as they would, and checks it against the truth.
    private func read(released ids: [String], night: CivilDate) throws {
        for id in ids {
            guard let message = try job.database.read({ try $0.message(id: id) }) else { continue }
            exercised.released += 1
            releasedLog.append(message)
            let lines = try job.database.read { try $0.lines(message: id) }
            let client = clients.first { $0.name == message.customer }
            if client?.doNotAutomate == true { note(\.protectedMessaged, "\(id) to \(message.customer)") }
            if let until = pausedUntil[message.customer], until > night {
                note(\.afterReply, "\(id) to \(message.customer) on \(night), paused until \(until)")
            }
            if message.channel == .sms, optedOut.contains(message.customer) {
                note(\.afterOptOut, "\(id) texted \(message.customer) after STOP")
            }
            let path = message.channel == .email ? "outbox/mail/new/\(id).eml" : "outbox/sms/\(id)"
            let text = ws.exists(path) ? CustomerMailbox.readable(try ws.read(path)) : ""
            for line in lines {
                exercised.linesChecked += 1
                guard let invoice = invoices.first(where: { $0.number == line.invoice }) else { continue }
                let truth = trueBalance(invoice, night)
                if truth <= 0 {
                    note(
                        \.paidNamed,
                        "\(id) names \(line.invoice), paid in full by \(night): \(invoice), exports to \(exportNight.map { "\($0)" } ?? "-")"
                    )
                }
                if line.balanceMinor != truth {
                    note(\.wrongBalance, "\(id) quotes \(line.invoice) at \(line.balanceMinor), the truth is \(truth) (\(night))")
                }
                if message.channel == .email, !text.contains(line.balance.formatted) {
                    note(\.wrongBalance, "\(id): the text does not show the amount of \(line.invoice)")
                }
                // What the customer reads: the message's wording, about this invoice, once per step.
                let rank = Self.steps.firstIndex(of: message.step) ?? -1
                if let before = credited[line.invoice], before >= rank {
                    note(\.stepTwice, "\(id) names \(line.invoice) at \(message.step) again")
                }
                if line.step != message.step { note(\.stepTwice, "\(id) credits \(line.invoice) with \(line.step) only") }
                credited[line.invoice] = max(credited[line.invoice] ?? -1, rank)
            }
        }
    }

    private func note(_ counter: WritableKeyPath<Counters, Int>, _ problem: String) {
        counters[keyPath: counter] += 1
        counters.problems.append(problem)
    }

    private func at(_ night: CivilDate, _ time: String) -> Date { TestWorkspace.at("\(night)T\(time)") }
}
