#include "issue/newslettercontext.h"

#include "issuedocument.h"
#include "newslettersettings.h"

using namespace Qt::StringLiterals;

namespace galley::gui {

Result<NewsletterContext> loadNewsletterContext(Store &store)
{
    NewsletterContext c;
    auto archive = loadArchive(store, false);
    if (!archive)
        return archive.error();
    c.archive = std::move(*archive);
    auto issues = store.listIssues();
    if (!issues)
        return issues.error();
    c.issues = std::move(*issues);
    NewsletterSettings settings(store);
    auto profile = settings.effectiveProfile(c.archive);
    if (!profile)
        return profile.error();
    c.profile = std::move(*profile);
    auto sponsors = settings.sponsorBook();
    if (!sponsors)
        return sponsors.error();
    c.sponsors = std::move(*sponsors);
    auto templates = settings.templates();
    if (!templates)
        return templates.error();
    c.templates = std::move(*templates);
    return c;
}

QList<EarlierFeature> earlierFeatures(Store &store, const QString &url)
{
    QList<EarlierFeature> out;
    if (const auto uses = store.linkUses(url)) {
        for (const LinkUse &u : *uses)
            out << EarlierFeature {u.issueId, u.number, u.title, u.date.date(), u.sponsor};
    }
    return out;
}

LinkHistory storeLinkHistory(Store &store)
{
    return [&store](const QString &url) {
        return earlierFeatures(store, url);
    };
}

TextEdit textEditBetween(const QString &before, const QString &after)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    TextEdit edit;
    edit.start = int(prefix);
    edit.removed = int(before.size() - prefix - suffix);
    edit.inserted = after.mid(prefix, after.size() - prefix - suffix);
    return edit;
}

Result<SplitDocument> splitDocument(const QString &text)
{
    const auto doc = IssueDocument::fromText(text);
    if (!doc)
        return doc.error();
    SplitDocument split;
    split.bodyFirstLine = std::max(1, doc->bodyFirstLine());
    qsizetype offset = 0;
    for (int line = 1; line < split.bodyFirstLine && offset >= 0; ++line) {
        offset = text.indexOf(u'\n', offset);
        if (offset >= 0)
            ++offset;
    }
    split.bodyOffset = int(offset < 0 ? text.size() : offset);
    split.body = text.mid(split.bodyOffset);
    split.number = doc->issueNumber();
    split.date = doc->date().date();
    return split;
}

} // namespace galley::gui
