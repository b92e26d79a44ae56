#pragma once

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <functional>

namespace galley::cli {

// Exit codes shared by every subcommand.
enum ExitCode { Success = 0, ProblemsFound = 1, UsageError = 2 };

// What a subcommand gets: its own arguments (the subcommand name first, as QCommandLineParser
// expects) and where to write.
struct Invocation
{
    QStringList arguments;
};

struct Command
{
    QString name;
    QString summary; // one line for `galley --help`, translated
    std::function<int(const Invocation &)> run;
};

// Options every subcommand accepts (--db, --help), and the store path they resolve to: --db, else
// the GALLEY_DB environment variable, else empty (the default location).
void addCommonOptions(QCommandLineParser &parser);
QString databasePathOption(const QCommandLineParser &parser);

// Parses; on a usage error prints it (with a hint) and returns false with *exitCode set. Also
// handles --help (prints and exits 0).
bool parseOrExplain(QCommandLineParser &parser, const Invocation &inv, int *exitCode);

// Raw bytes to stdout, and a line to stderr: commands never go through qDebug for their output.
void writeOut(const QByteArray &bytes);
// Human-readable lines: control characters that a terminal would obey (C0 but tab and newline,
// DEL, C1) are written as visible escapes (\x1B, \u009B), so a title cannot retitle the
// terminal or recolour what follows.
void writeOutLine(const QString &line);
void writeErrLine(const QString &line);
QString withVisibleControls(const QString &text);
// JSON on stdout, every control character escaped as JSON does (\u001b, \u007f, \u009b).
void writeJson(const QJsonDocument &document,
               QJsonDocument::JsonFormat format = QJsonDocument::Indented);
QByteArray jsonForTerminal(const QJsonDocument &document, QJsonDocument::JsonFormat format);

} // namespace galley::cli
