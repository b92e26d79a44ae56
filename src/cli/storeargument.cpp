#include "storeargument.h"

#include "command.h"
#include "store/store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct StoreArgumentTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::StoreArgument)
};
} // namespace

bool openStoreArgument(const QCommandLineParser &parser, const QString &commandName, Store *store)
{
    QString path = databasePathOption(parser);
    if (path.isEmpty())
        path = Store::defaultPath();
    const Status opened = store->open(path);
    if (!opened) {
        writeErrLine(u"galley "_s + commandName + u": "_s + opened.error().toString());
        return false;
    }
    return true;
}

std::optional<qint64> issueIdArgument(const QCommandLineParser &parser, const QString &commandName)
{
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.first().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        writeErrLine(
            StoreArgumentTr::tr("galley %1: name one issue by its id (a number, as 'galley list' "
                                "shows it). Try 'galley %1 --help'.")
                .arg(commandName));
        return std::nullopt;
    }
    return id;
}

QJsonValue jsonNumber(const std::optional<int> &n)
{
    return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null);
}

void addJsonOption(QCommandLineParser &parser)
{
    parser.addOption(
        QCommandLineOption(u"json"_s, StoreArgumentTr::tr("Print JSON instead of text.")));
}

} // namespace galley::cli
