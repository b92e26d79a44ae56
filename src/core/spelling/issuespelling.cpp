#include "issuespelling.h"

#include "issuedocument.h"
#include "newslettersettings.h"
#include "spellchecker.h"
#include "spellwords.h"
#include "store/store.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace galley {

namespace {
struct IssuespellingTr
{
    Q_DECLARE_TR_FUNCTIONS(galley::SpellChecker)
};
} // namespace

QStringList ignoredWords(const IssueDocument &doc)
{
    return doc.frontMatter().list(QString::fromLatin1(IgnoredWordsKey));
}

QString withIgnoredWord(const QString &document, const QString &word)
{
    const QString key = QString::fromLatin1(IgnoredWordsKey);
    auto doc = IssueDocument::fromText(document);
    if (!doc)
        return document;
    if (!doc->hasFrontMatter())
        return u"---\n"_s + key + u": ["_s + yamlScalar(word) + u"]\n---\n"_s + document;
    QStringList words = ignoredWords(*doc);
    if (words.contains(word))
        return document;
    words << word;
    doc->frontMatter().setList(key, words);
    return doc->toMarkdown();
}

QString spellingLanguage(const IssueDocument &doc, const QString &settingLanguage,
                         const QString &override)
{
    if (!override.trimmed().isEmpty())
        return override.trimmed();
    const QString lang = doc.frontMatter().value(u"lang"_s).value_or(QString()).trimmed();
    if (!lang.isEmpty())
        return lang;
    return settingLanguage.trimmed().isEmpty() ? u"en"_s : settingLanguage.trimmed();
}

Status prepareSpellChecker(SpellChecker &checker, Store *store, const IssueDocument &doc,
                           const QString &override)
{
    QString setting = u"en"_s;
    if (store) {
        const auto set = NewsletterSettings(*store).profile();
        if (!set)
            return set.error();
        setting = resolveProfile(*set, ArchiveInference {}).spellLanguage;
    }
    const QString language = spellingLanguage(doc, setting, override);
    if (Status s = checker.load(language); !s)
        return s;
    QSet<QString> known;
    if (store) {
        const QString dictionary = SpellChecker::dictionaryName(language);
        const bool newsletterLanguage = SpellChecker::dictionaryName(setting) == dictionary;
        const auto words = store->spellingKnownWords(dictionary, newsletterLanguage);
        if (!words)
            return words.error();
        known = *words;
    }
    for (const QString &w : ignoredWords(doc))
        known.insert(w);
    checker.setKnownWords(known);
    return Done {};
}

QList<Misspelling> findMisspellings(const SpellChecker &checker, const QString &text,
                                    int suggestions)
{
    QList<Misspelling> out;
    for (const DocumentWord &w : documentWords(text)) {
        if (checker.isCorrect(w.word))
            continue;
        Misspelling m {w.line, w.column, w.word, {}};
        if (suggestions > 0)
            m.suggestions = checker.suggestions(w.word, suggestions);
        out << m;
    }
    return out;
}

QList<Problem> spellingNotes(const QList<Misspelling> &misspellings, int max)
{
    QList<Problem> out;
    for (const Misspelling &m : misspellings) {
        if (out.size() == max) {
            // A pasted article in another language would bury the real problems.
            const int more = int(misspellings.size()) - max;
            out << Problem {
                m.line, Severity::Notice, u"spelling"_s,
                IssuespellingTr::tr("%n more unknown word(s) from here on; galley spell lists them "
                                    "all.",
                                    nullptr, more)};
            break;
        }
        out << Problem {m.line, Severity::Notice, u"spelling"_s,
                        IssuespellingTr::tr("“%1” is not in the dictionary (column %2).")
                            .arg(m.word)
                            .arg(m.column)};
    }
    return out;
}

QList<Problem> spellingNotesFor(Store *store, const IssueDocument &doc, QString *notice)
{
    SpellChecker checker;
    if (Status s = prepareSpellChecker(checker, store, doc); !s) {
        if (notice)
            *notice = s.error().message;
        return {};
    }
    return spellingNotes(findMisspellings(checker, doc.toMarkdown()));
}

} // namespace galley
