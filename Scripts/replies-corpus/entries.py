"""The helpers every bodies module writes its entries with: em(...) for an e-mail reply, sms(...)
for a text message, collected in that module's ENTRIES."""


def collector():
    """A fresh list of entries and the em and sms functions that append to it."""
    entries = []

    def add(channel, kinds, lang, text, sent=None, p=None, **kw):
        entries.append(dict(channel=channel, kinds=kinds.split("+"), lang=lang,
                            text=text.strip("\n"), sent=sent, p=p, **kw))

    def em(kinds, lang, text, sent=None, p=None, **kw):
        add("email", kinds, lang, text, sent, p, **kw)

    def sms(kinds, lang, text, sent=None, p=None, **kw):
        add("sms", kinds, lang, text, sent, p, **kw)

    return entries, em, sms
