#include "commands.h"

#include "newslettersettings.h"
#include "spelling/issuespelling.h"
#include "spelling/spellchecker.h"
#include "store/store.h"
#include "storeargument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace galley::cli {

namespace {
struct SpellCommandTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::cli::SpellCommand)
};

// Suggestions per word on the command line: the first few are the useful ones, and each costs.
constexpr int suggestionCount = 3;

// --words, --add-word W, --remove-word W: the personal dictionary of a language (--lang, else
// the newsletter's spelling language), the one the editor's Add to Dictionary writes to.
int runPersonalWords(const QCommandLineParser &parser)
{
    Store store;
    if (!openStoreArgument(parser, u"spell"_s, &store))
        return UsageError;
    QString language = parser.value(u"lang"_s).trimmed();
    if (language.isEmpty()) {
        const auto set = NewsletterSettings(store).profile();
        if (!set) {
            writeErrLine(u"galley spell: "_s + set.error().message);
            return UsageError;
        }
        language = resolveProfile(*set, ArchiveInference {}).spellLanguage;
    }
    const QString dictionary = SpellChecker::dictionaryName(language);
    const auto fail = [](const Error &e) {
        writeErrLine(u"galley spell: "_s + e.message);
        return UsageError;
    };
    if (parser.isSet(u"add-word"_s) || parser.isSet(u"remove-word"_s)) {
        const bool adding = parser.isSet(u"add-word"_s);
        const QString word = parser.value(adding ? u"add-word"_s : u"remove-word"_s).trimmed();
        if (word.isEmpty() || word.contains(u' ')) {
            writeErrLine(SpellCommandTr::tr("galley spell: give one word, without spaces."));
            return UsageError;
        }
        const auto before = store.personalWords(dictionary);
        if (!before)
            return fail(before.error());
        const bool had = before->contains(word.toLower());
        if (adding && !had) {
            if (Status s = store.addPersonalWord(dictionary, word); !s)
                return fail(s.error());
        }
        if (!adding && !had) {
            writeErrLine(
                SpellCommandTr::tr("galley spell: “%1” is not in the personal dictionary (%2).")
                    .arg(word, dictionary));
            return ProblemsFound;
        }
        if (!adding) {
            if (Status s = store.removePersonalWord(dictionary, word); !s)
                return fail(s.error());
        }
        writeOutLine(adding
                         ? SpellCommandTr::tr("“%1” is in the personal dictionary (%2).")
                               .arg(word, dictionary)
                         : SpellCommandTr::tr("“%1” was removed from the personal dictionary (%2).")
                               .arg(word, dictionary));
        return Success;
    }
    const auto words = store.personalWords(dictionary);
    if (!words)
        return fail(words.error());
    if (parser.isSet(u"json"_s)) {
        writeJson(QJsonDocument(QJsonObject {{u"dictionary"_s, dictionary},
                                             {u"words"_s, QJsonArray::fromStringList(*words)}}));
    } else {
        for (const QString &w : *words)
            writeOutLine(w);
    }
    return Success;
}

int runSpell(const Invocation &inv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SpellCommandTr::tr(
        "Check an issue's spelling with the newsletter's dictionary, its personal words and "
        "the archive's vocabulary. Exit code 0: no unknown words, 1: some found."));
    parser.addPositionalArgument(u"FILE"_s, SpellCommandTr::tr("The issue's Markdown file."));
    addDraftOption(parser);
    parser.addOption(
        {u"lang"_s,
         SpellCommandTr::tr("Check in this language (en, en-GB, de, fr, ...) instead of the "
                            "issue's or the newsletter's."),
         u"CODE"_s});
    parser.addOption(
        {u"words"_s,
         SpellCommandTr::tr("List the personal dictionary's words (of --lang, else of the "
                            "newsletter's spelling language).")});
    parser.addOption(
        {u"add-word"_s, SpellCommandTr::tr("Add a word to the personal dictionary."), u"WORD"_s});
    parser.addOption({u"remove-word"_s,
                      SpellCommandTr::tr("Remove a word from the personal dictionary."),
                      u"WORD"_s});
    addJsonOption(parser);
    addCommonOptions(parser);
    int code = Success;
    if (!parseOrExplain(parser, inv, &code))
        return code;
    const int wordOptions = int(parser.isSet(u"words"_s)) + int(parser.isSet(u"add-word"_s))
        + int(parser.isSet(u"remove-word"_s));
    if (wordOptions > 1
        || (wordOptions == 1
            && (!parser.positionalArguments().isEmpty() || parser.isSet(u"draft"_s)))) {
        writeErrLine(
            SpellCommandTr::tr("galley spell: --words, --add-word and --remove-word go alone, "
                               "without a file."));
        return UsageError;
    }
    if (wordOptions == 1)
        return runPersonalWords(parser);
    const auto doc = loadDocumentArgument(parser, u"spell"_s, true);
    if (!doc)
        return UsageError;
    const qint64 draftId = parser.isSet(u"draft"_s) ? parser.value(u"draft"_s).toLongLong() : 0;
    const QString where = draftId != 0 ? SpellCommandTr::tr("draft %1").arg(draftId)
                                       : parser.positionalArguments().value(0);

    // As `galley check`: a file is checked with the store's words only when there is a store.
    Store store;
    const QString dbPath = databasePathOption(parser);
    if (draftId != 0 || !dbPath.isEmpty() || QFileInfo::exists(Store::defaultPath())) {
        if (!openStoreArgument(parser, u"spell"_s, &store))
            return UsageError;
    }
    SpellChecker checker;
    if (Status s = prepareSpellChecker(checker, store.isOpen() ? &store : nullptr, *doc,
                                       parser.value(u"lang"_s));
        !s) {
        writeErrLine(u"galley spell: "_s + s.error().message);
        return UsageError;
    }
    const QList<Misspelling> found = findMisspellings(checker, doc->toMarkdown(), suggestionCount);

    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const Misspelling &m : found) {
            list.append(
                QJsonObject {{u"line"_s, m.line},
                             {u"column"_s, m.column},
                             {u"word"_s, m.word},
                             {u"suggestions"_s, QJsonArray::fromStringList(m.suggestions)}});
        }
        writeJson(QJsonDocument(QJsonObject {
            {u"issue"_s, where}, {u"dictionary"_s, checker.dictionary()}, {u"words"_s, list}}));
    } else {
        for (const Misspelling &m : found) {
            QString line = where + u':' + QString::number(m.line) + u':' + QString::number(m.column)
                + u": "_s + m.word;
            if (!m.suggestions.isEmpty())
                line += u" -> "_s + m.suggestions.join(u", "_s);
            writeOutLine(line);
        }
        if (found.isEmpty())
            writeOutLine(
                SpellCommandTr::tr("%1: no unknown words (%2).").arg(where, checker.dictionary()));
    }
    return found.isEmpty() ? Success : ProblemsFound;
}
} // namespace

Command spellCommand()
{
    return {u"spell"_s, SpellCommandTr::tr("List an issue's unknown words (file or --draft ID)."),
            runSpell};
}

} // namespace galley::cli
