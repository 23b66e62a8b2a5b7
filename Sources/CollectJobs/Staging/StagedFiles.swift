import CollectCore
import CollectFiles
import CollectSpool
import CollectState
import Crypto

/// A staged file that is gone or cannot be read.
struct StagedFileMissing: Error {}

/// What goes out for a staged message: its subject and text as the admin left the file.
struct StagedText {
    var subject: String?
    var body: String
    var edited: Bool
    /// The files attached to an e-mail, as the staged file holds them.
    var attachments: [MailAttachment] = []
}

/// The staged files in the review folders, read as the admin left them: release sends them, `show`
/// shows them, an edit compares with them.
struct StagedFiles {
    /// The files.
    let files: any FileStore
    /// The workspace the review folders are in.
    let workspace: Workspace

    /// The subject and text the staged file of `message` holds now, decoded; the rendered ones
    /// when the file is as staged.
    ///
    /// - Throws: ``StagedFileMissing`` when the file is gone or unreadable, `StagedFileError`
    ///   when an edit left it in a form that cannot be sent.
    func text(of message: MessageRecord, folder: String) throws -> StagedText {
        let path = workspace.path(folder).appendingPath(message.file)
        let staged: [UInt8]
        do {
            staged = try files.read(path)
        } catch {
            throw StagedFileMissing()
        }
        guard SHA256.hash(data: staged).lowercaseHex != message.stagedSHA256 else {
            // The statement it carries is read back from the file, as staged.
            let attachments =
                message.attachment == nil ? [] : try MailMessage.attachments(from: staged, file: message.file)
            return StagedText(subject: message.subject, body: message.body, edited: false, attachments: attachments)
        }
        if message.channel == .sms {
            return StagedText(subject: nil, body: try SMSFile.editableText(from: staged, file: message.file) + "\n", edited: true)
        }
        let mail = try MailMessage.editable(from: staged, file: message.file)
        // The text is the admin's to change; the statement is not: exactly the one staged, or nothing goes.
        let sent = mail.attachments.map { SHA256.hash(data: $0.bytes).lowercaseHex }
        guard sent == (message.attachmentSHA256.map { [$0] } ?? []) else {
            throw StagedFileError(
                file: message.file, line: nil,
                message: message.attachment.map {
                    "the statement of account attached at staging (\($0)) is missing or changed; edit only the text "
                        + "part, or restore the file from the report's run"
                } ?? "it has a file attached that collect did not stage; only the text can be edited")
        }
        return StagedText(subject: mail.subject, body: mail.body, edited: true, attachments: mail.attachments)
    }
}
