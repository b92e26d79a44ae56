#include "emlmessage.h"

#include "emlmime.h"

#include "siblinglibrary.h"

#include <QCoreApplication>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct EmlMessageTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::EmlMessage)
};

// galley-eml.so (emlmime.h), loaded on the first .eml (SiblingLibrary: only from next to the
// running program).
struct EmlModule
{
    GalleyEmlBuild build = nullptr;
    QString error; // why it could not be loaded
};

const EmlModule &emlModule()
{
    static EmlModule module;
    static std::once_flag once;
    std::call_once(once, [] {
        SiblingLibrary library(u"galley-eml.so"_s);
        module.build = library.resolve<GalleyEmlBuild>(GALLEY_EML_BUILD_SYMBOL);
        module.error = library.error();
    });
    return module;
}

Error invalidAddress(const QString &field, const QString &text)
{
    return Error {{},
                  0,
                  EmlMessageTr::tr("The %1 address '%2' is not a valid email address; write it as "
                                   "name@example.com or Name <name@example.com>.")
                      .arg(field, text),
                  Error::Failed};
}

// A line break in a header value would end the header and start another (a Bcc: planted in the
// sender setting or the title); control characters have no place in a header either.
bool breaksHeader(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(), [](QChar c) {
        return c == u'\r' || c == u'\n' || (c.unicode() < 0x20 && c != u'\t') || c == QChar(0x7f)
            || c == QChar(0x2028) || c == QChar(0x2029) || c == QChar(0x85);
    });
}

Error headerBreak(const QString &field, const QString &where)
{
    return Error {
        {},
        0,
        EmlMessageTr::tr("The %1 holds a line break or control character, which would add lines "
                         "to the message's header; write it on one line in %2.")
            .arg(field, where),
        Error::Failed};
}

} // namespace

Result<QByteArray> buildEmlMessage(const EmailContent &content, const EmailSettings &settings,
                                   const QDateTime &date)
{
    const EmlModule &module = emlModule();
    if (!module.build)
        return Error {
            {},
            0,
            EmlMessageTr::tr("Galley's .eml writer cannot be loaded: %1. Reinstall Galley.")
                .arg(module.error),
            Error::Failed};

    const QString preferences = EmlMessageTr::tr("Preferences");
    if (breaksHeader(settings.from))
        return headerBreak(EmlMessageTr::tr("sender (From)"), preferences);
    if (breaksHeader(settings.to))
        return headerBreak(EmlMessageTr::tr("recipient (To)"), preferences);
    if (breaksHeader(settings.replyTo))
        return headerBreak(EmlMessageTr::tr("Reply-To"), preferences);
    if (breaksHeader(content.subject))
        return headerBreak(EmlMessageTr::tr("subject"),
                           EmlMessageTr::tr("the issue's title or subject"));

    const QByteArray from = settings.from.trimmed().toUtf8();
    const QByteArray to = settings.to.trimmed().toUtf8();
    const QByteArray replyTo = settings.replyTo.trimmed().toUtf8();
    const QByteArray subject = content.subject.toUtf8();
    const QByteArray text = content.text.toUtf8();
    const GalleyEmlParts parts {
        from.constData(),       to.constData(),   replyTo.isEmpty() ? nullptr : replyTo.constData(),
        subject.constData(),    text.constData(), content.html.constData(),
        date.toSecsSinceEpoch()};
    QByteArray message;
    const auto sink = [](void *context, const char *data, size_t size) {
        *static_cast<QByteArray *>(context) = QByteArray(data, qsizetype(size));
    };
    switch (module.build(&parts, sink, &message)) {
    case GalleyEmlWritten:
        return message;
    case GalleyEmlBadFrom:
        return invalidAddress(EmlMessageTr::tr("sender (From)"), settings.from);
    case GalleyEmlBadTo:
        return invalidAddress(EmlMessageTr::tr("recipient (To)"), settings.to);
    default:
        return invalidAddress(EmlMessageTr::tr("Reply-To"), settings.replyTo);
    }
}

} // namespace galley
