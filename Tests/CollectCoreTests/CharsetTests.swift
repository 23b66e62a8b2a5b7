import CollectCore
import Testing

@Suite("Any charset the C library knows is read right, not as Windows-1252")
struct CharsetTests {
    @Test(
        "Korean, Chinese and Russian mail decode to their own letters",
        arguments: [
            ("ks_c_5601-1987", [190, 200, 179, 231, 199, 207, 188, 188, 191, 228] as [UInt8], "안녕하세요"),
            ("gb18030", [206, 210, 195, 199, 210, 209, 190, 173, 184, 182, 191, 238, 193, 203], "我们已经付款了"),
            ("KOI8-R", [237, 217, 32, 213, 214, 197, 32, 207, 208, 204, 193, 212, 201, 204, 201], "Мы уже оплатили"),
        ])
    func decodes(charset: String, bytes: [UInt8], text: String) {
        #expect(Charset.decode(bytes, charset: charset) == text)
    }

    @Test("an unknown charset is nil, so the caller can say so, never mojibake")
    func unknown() {
        #expect(Charset.decode([0xC3, 0xA9], charset: "x-no-such-charset") == nil)
    }
}
