#pragma once

#include "emailsettings.h"
#include "issuedocument.h"
#include "issuestructure.h"
#include "markdowntree.h"
#include "utmtagger.h"

#include <QByteArray>
#include <QString>

namespace galley {

// The most characters of preheader text; inbox previews show about this much.
constexpr int maxPreheaderLength = 140;

// The hidden preview text: the `preheader` field, else the intro's first sentences, at most
// maxPreheaderLength characters and never the same as the subject (clients already show that).
QString emailPreheader(const IssueDocument &doc, const IssueStructure &structure);
// The same preheader from a structure read with IssueDetail::Slots from `tree` (the document's
// body): the items are read (IssueDetail::Email) only when its first candidates give none.
QString emailPreheader(const IssueDocument &doc, const MarkdownTree &tree,
                       const IssueStructure &slotsRead, const QString &sponsorLabelPrefix);

// The issue's date as the header writes it, in the settings' language; empty without a date.
QString emailDateText(const IssueDocument &doc, const EmailSettings &settings);

// The label of the closing sponsor slot: the top sponsor's heading, else the settings' prefix.
QString emailSponsorLabel(const IssueStructure &structure, const EmailSettings &settings);

// The complete email HTML: a document built for mail clients (presentation tables, a fixed
// column that turns fluid on phones, inline styles, <style> only for media queries and dark
// mode), with hidden preheader, header, the body, the sponsor slots set apart, and the footer
// with the mailing service's merge tags.
// The tagger for this issue's links from settings.utm: the source defaults to the newsletter's
// name as a slug, and the values' placeholders are filled from the document. Tags nothing when
// tagging is off. Both email parts (HTML and text) tag with it, so they agree.
UtmTagger emailLinkTagger(const IssueDocument &doc, const EmailSettings &settings);

// An issue as a page of the published archive shows it (publish/sitepublisher.h): the body
// rendered by the email's renderer in its web mode (setWebPage: the same blocks and sponsor
// boxes, no inline styles, no UTM tags), with the email's preheader as the index pages' excerpt.
struct WebArticle
{
    QByteArray body; // the article's HTML, without header or footer
    QString excerpt; // emailPreheader: the preheader field or the first sentences
    QString dateText; // emailDateText: the date as the email's header writes it
};
WebArticle issueWebArticle(const IssueDocument &doc, const EmailSettings &settings);

QByteArray emailHtmlDocument(const IssueDocument &doc, const EmailSettings &settings,
                             const RenderOptions &options = {});

} // namespace galley
