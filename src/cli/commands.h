#pragma once

#include "command.h"
#include "issuedocument.h"

#include <QList>

#include <optional>

namespace galley::cli {

// Every subcommand, in the order `galley --help` lists them.
QList<Command> allCommands();

Command exportCommand();
Command importCommand();
Command listCommand();
Command searchCommand();
Command linksCommand();
Command showCommand();
Command backupCommand();
Command migrateCommand();
Command newCommand();
Command checkCommand();
Command spellCommand();
Command trashCommand();
Command sponsorsCommand();
Command inboxCommand();
Command sendTestCommand();
Command settingsCommand();
Command publishCommand();

// Loads the document named on the command line (the first positional argument: a file), printing
// warnings and errors to stderr prefixed with the command's name. nullopt after an error.
// Commands that add addDraftOption() pass `draftOption`: `--draft ID` then loads a stored issue.
std::optional<IssueDocument> loadDocumentArgument(const QCommandLineParser &parser,
                                                  const QString &commandName,
                                                  bool draftOption = false);
void addDraftOption(QCommandLineParser &parser);
// loadDocumentArgument for a file (no --draft) in two steps, for a command that looks at the bytes
// first: the bytes of the one file named, then the document they decode to. Both print what went
// wrong (and the warnings) as loadDocumentArgument does and return nullopt after an error.
std::optional<QByteArray> loadFileArgumentBytes(const QCommandLineParser &parser,
                                                const QString &commandName);
std::optional<IssueDocument> documentFromFileArgumentBytes(const QCommandLineParser &parser,
                                                           const QString &commandName,
                                                           const QByteArray &bytes);

} // namespace galley::cli
