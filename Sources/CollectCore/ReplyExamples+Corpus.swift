// Written by Scripts/replies-corpus/build.py from the training part of the corpus; do not edit.
extension ReplyExamples {
    static let corpus: [(ReplyMeaning, String)] = []
}
