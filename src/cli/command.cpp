#include "command.h"

#include "storepreference.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct CommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::Command)
};
} // namespace

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption(
        QCommandLineOption(u"db"_s,
                           CommandTr::tr("Use the store at PATH instead of the default "
                                         "(also: the GALLEY_DB environment variable)."),
                           u"PATH"_s));
    parser.addHelpOption();
}

QString databasePathOption(const QCommandLineParser &parser)
{
    // --db, GALLEY_DB, Preferences ▸ Store, else empty (the default store).
    return chooseStore(parser.isSet(u"db"_s) ? parser.value(u"db"_s) : QString()).value;
}

bool parseOrExplain(QCommandLineParser &parser, const Invocation &inv, int *exitCode)
{
    if (!parser.parse(inv.arguments)) {
        writeErrLine(u"galley: "_s + parser.errorText());
        writeErrLine(CommandTr::tr("Try 'galley %1 --help'.").arg(inv.arguments.value(0)));
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        // QCommandLineParser names the program by its full path; a subcommand's usage reads better
        // as the user types it: "galley export ...".
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : help.indexOf(program);
        if (at >= 0 && at < help.indexOf(u'\n'))
            help.replace(at, program.size(), u"galley "_s + inv.arguments.value(0));
        writeOut(help.toUtf8());
        *exitCode = Success;
        return false;
    }
    return true;
}

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString withVisibleControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\t' || u == u'\n')
            out += c;
        else if (u < 0x20 || u == 0x7f)
            out += u"\\x"_s + QString::number(u, 16).toUpper().rightJustified(2, u'0');
        else if (u >= 0x80 && u <= 0x9f)
            out += u"\\u00"_s + QString::number(u, 16).toUpper();
        else
            out += c;
    }
    return out;
}

QByteArray jsonForTerminal(const QJsonDocument &document, QJsonDocument::JsonFormat format)
{
    // QJsonDocument escapes C0 controls already; DEL and the C1 controls (U+0080-U+009F, which
    // some terminals obey) are written raw. In JSON they can only stand inside strings, where
    // \u escapes mean the same.
    const QByteArray raw = document.toJson(format);
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const auto b = static_cast<unsigned char>(raw.at(i));
        if (b == 0x7f) {
            out += "\\u007f";
        } else if (b == 0xc2 && i + 1 < raw.size()
                   && static_cast<unsigned char>(raw.at(i + 1)) >= 0x80
                   && static_cast<unsigned char>(raw.at(i + 1)) <= 0x9f) {
            out += "\\u00" + QByteArray::number(static_cast<unsigned char>(raw.at(i + 1)), 16);
            ++i;
        } else {
            out += char(b);
        }
    }
    return out;
}

void writeJson(const QJsonDocument &document, QJsonDocument::JsonFormat format)
{
    QByteArray bytes = jsonForTerminal(document, format);
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    writeOut(bytes);
}

void writeOutLine(const QString &line)
{
    writeOut((withVisibleControls(line) + u'\n').toUtf8());
}

void writeErrLine(const QString &line)
{
    const QByteArray bytes = (withVisibleControls(line) + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace galley::cli
