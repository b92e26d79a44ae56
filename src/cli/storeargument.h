#pragma once

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace galley {
class Store;
}

namespace galley::cli {

// Opens the store the command line names (--db, GALLEY_DB, else Store::defaultPath()), printing
// the reason to stderr when it cannot. False after an error (exit code UsageError).
bool openStoreArgument(const QCommandLineParser &parser, const QString &commandName, Store *store);

// The issue id named by the first positional argument; nullopt (after a message) when missing or
// not a number.
std::optional<qint64> issueIdArgument(const QCommandLineParser &parser, const QString &commandName);

// JSON helpers for the store's commands: null for what is absent.
QJsonValue jsonNumber(const std::optional<int> &n);

void addJsonOption(QCommandLineParser &parser);

} // namespace galley::cli
