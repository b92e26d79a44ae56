#include "issuefacts.h"

#include "ftsquery.h"
#include "issuedocument.h"
#include "issuestructure.h"
#include "urlnormalizer.h"

using namespace Qt::StringLiterals;

namespace galley {

namespace {
// What a document's search text and links are read from: its body when the front matter parses,
// else the whole text. readIssueFacts and indexedText both choose here: the contentless
// full-text index forgets an issue only through the very tokens it was given.
const QString &factsSource(const Result<IssueDocument> &doc, const QString &document)
{
    return doc ? doc->body() : document;
}
} // namespace

IssueFacts readIssueFacts(const QString &document)
{
    IssueFacts facts;
    auto doc = IssueDocument::fromText(document);
    if (doc) {
        facts.number = doc->issueNumber();
        facts.title = doc->title();
        facts.date = doc->frontMatter().value(u"date"_s).value_or(QString()).trimmed();
        const QDateTime date = doc->date();
        if (date.isValid()) {
            facts.dateMs = date.toMSecsSinceEpoch();
            facts.day = date.date().toJulianDay();
        }
    }
    const QString &body = factsSource(doc, document);
    facts.searchText = searchableText(body);
    const IssueStructure structure = analyseIssue(body);
    facts.links.reserve(structure.links.size());
    for (const IssueLink &l : structure.links)
        facts.links.append({l.url, normalizeUrl(l.url), l.section, l.sponsor});
    if (doc) {
        QStringList headings;
        headings.reserve(structure.sections.size());
        for (const IssueSection &section : structure.sections)
            headings << section.heading;
        facts.sections = std::move(headings);
    }
    // NOT NULL columns: a null QString would bind as SQL NULL.
    for (QString *text : {&facts.title, &facts.date, &facts.searchText}) {
        if (text->isNull())
            *text = u""_s;
    }
    return facts;
}

QString indexedText(const QString &document)
{
    QString text = searchableText(factsSource(IssueDocument::fromText(document), document));
    if (text.isNull())
        text = u""_s;
    return text;
}

} // namespace galley
