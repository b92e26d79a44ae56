#include "emlmessage.h"

#include "emlmime.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <dlfcn.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(galley::EmlMessage)
};

// galley-eml.so (emlmime.h), loaded on the first .eml: next to the running program (galley-cli
// and galley-editor in <prefix>/libexec/galley/, or the build tree's src/app), else where the
// build put it (for the tests, which run from elsewhere in the build tree).
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
        const QString nextToProgram
            = QFileInfo(u"/proc/self/exe"_s).canonicalPath() + u"/galley-eml.so"_s;
        QString path = nextToProgram;
        if (!QFileInfo::exists(path) && QFileInfo::exists(QStringLiteral(GALLEY_EML_MODULE)))
            path = QStringLiteral(GALLEY_EML_MODULE);
        void *handle = ::dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
        if (handle)
            module.build
                = reinterpret_cast<GalleyEmlBuild>(::dlsym(handle, GALLEY_EML_BUILD_SYMBOL));
        if (!module.build)
            module.error = u"%1 (%2)"_s.arg(nextToProgram, QString::fromLocal8Bit(::dlerror()));
    });
    return module;
}

Error invalidAddress(const QString &field, const QString &text)
{
    return Error {{},
                  0,
                  Tr::tr("The %1 address '%2' is not a valid email address; write it as "
                         "name@example.com or Name <name@example.com>.")
                      .arg(field, text),
                  Error::Failed};
}

QByteArray domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    QString domain = at < 0 ? u"localhost"_s : address.mid(at + 1);
    domain.remove(u'>');
    domain = domain.trimmed();
    return domain.isEmpty() ? "localhost"_ba : domain.toUtf8();
}

} // namespace

Result<QByteArray> buildEmlMessage(const EmailContent &content, const EmailSettings &settings,
                                   const QDateTime &date)
{
    const EmlModule &module = emlModule();
    if (!module.build)
        return Error {{},
                      0,
                      Tr::tr("Galley's .eml writer cannot be loaded: %1. Reinstall Galley.")
                          .arg(module.error),
                      Error::Failed};

    const QByteArray from = settings.from.trimmed().toUtf8();
    const QByteArray to = settings.to.trimmed().toUtf8();
    const QByteArray replyTo = settings.replyTo.trimmed().toUtf8();
    const QByteArray subject = content.subject.toUtf8();
    const QByteArray text = content.text.toUtf8();
    const QByteArray domain = domainOf(settings.from);
    const GalleyEmlParts parts {from.constData(),
                                to.constData(),
                                replyTo.isEmpty() ? nullptr : replyTo.constData(),
                                subject.constData(),
                                text.constData(),
                                content.html.constData(),
                                date.toSecsSinceEpoch(),
                                domain.constData()};
    QByteArray message;
    const auto sink = [](void *context, const char *data, size_t size) {
        *static_cast<QByteArray *>(context) = QByteArray(data, qsizetype(size));
    };
    switch (module.build(&parts, sink, &message)) {
    case GalleyEmlWritten:
        return message;
    case GalleyEmlBadFrom:
        return invalidAddress(Tr::tr("sender (From)"), settings.from);
    case GalleyEmlBadTo:
        return invalidAddress(Tr::tr("recipient (To)"), settings.to);
    default:
        return invalidAddress(Tr::tr("Reply-To"), settings.replyTo);
    }
}

} // namespace galley
