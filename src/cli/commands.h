#pragma once

#include "command.h"
#include "issuedocument.h"

#include <QList>

#include <optional>

namespace galley::cli {

// Every subcommand, in the order `galley --help` lists them.
QList<Command> allCommands();

Command exportCommand();

// Loads the document named on the command line (the first positional argument: a file), printing
// warnings and errors to stderr prefixed with the command's name. nullopt after an error.
std::optional<IssueDocument> loadDocumentArgument(const QCommandLineParser &parser,
                                                  const QString &commandName);

} // namespace galley::cli
