#pragma once

#include "issueblocks.h"
#include "newsletterprofile.h"
#include "preflight.h"
#include "result.h"
#include "sponsorbook.h"
#include "store/store.h"
#include "templateset.h"

#include <QList>
#include <QString>

namespace galley::gui {

// What the Insert commands, New Issue and the Check panel need from the store, read in one go
// on the store's worker thread (never on the GUI thread: it reads every issue of the archive).
struct NewsletterContext
{
    QList<ArchiveIssue> archive; // drafts included: they count for numbering
    QList<IssueSummary> issues;
    EffectiveProfile profile;
    SponsorBook sponsors;
    TemplateSet templates;

    IssueBlocks blocks() const { return IssueBlocks(templates, profile.sponsorLabel); }
};

// Runs on the worker thread.
Result<NewsletterContext> loadNewsletterContext(Store &store);

// Where the store says a link was featured, as the preflight check and addLink take it.
QList<EarlierFeature> earlierFeatures(Store &store, const QString &url);
LinkHistory storeLinkHistory(Store &store);

// One replacement in a text: what turns `before` into `after`, as small as a common prefix and
// suffix make it, so applying it to the editor is one small undoable edit.
struct TextEdit
{
    int start = 0;
    int removed = 0;
    QString inserted;
};
TextEdit textEditBetween(const QString &before, const QString &after);

// A document split where its body starts (front matter above), as the editor shows it. The
// body is the editor's own text from `bodyFirstLine` on, so offsets map straight to the editor.
struct SplitDocument
{
    int bodyFirstLine = 1;
    int bodyOffset = 0; // characters before the body
    QString body;
    std::optional<int> number;
    QDate date;
};
Result<SplitDocument> splitDocument(const QString &text);

} // namespace galley::gui
