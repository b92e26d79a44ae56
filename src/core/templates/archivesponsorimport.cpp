#include "archivesponsorimport.h"

#include "newslettersettings.h"
#include "store/store.h"

namespace galley {

namespace {
// Every sent issue's text. The one reader of whole archived texts outside search and export: it
// runs when the person asks for it (or once, while the sponsor library is empty), never per
// keystroke, so the facts the checks read (loadArchive) need not carry the bodies.
Result<QList<ArchiveText>> loadSentTexts(Store &store)
{
    const auto list = store.listIssues();
    if (!list)
        return list.error();
    QList<ArchiveText> texts;
    for (const IssueSummary &summary : *list) {
        if (summary.status != IssueStatus::Sent)
            continue;
        const auto stored = store.issue(summary.id);
        if (!stored)
            return stored.error();
        if (auto text = archiveTextFromDocument(stored->document))
            texts << *text;
    }
    return texts;
}
} // namespace

Result<ArchiveSponsorScan> findArchiveSponsors(Store &store)
{
    const auto archive = loadArchive(store, true);
    if (!archive)
        return archive.error();
    const auto profile = NewsletterSettings(store).effectiveProfile(*archive);
    if (!profile)
        return profile.error();
    const auto texts = loadSentTexts(store);
    if (!texts)
        return texts.error();
    ArchiveSponsorScan scan;
    scan.defaultLabel = profile->sponsorLabel;
    scan.sponsors = sponsorsInArchive(*texts, profile->sponsorLabelPrefix());
    return scan;
}

Result<SponsorImport> importArchiveSponsors(Store &store, const ArchiveSponsorScan &scan,
                                            bool dryRun)
{
    if (const Status begun = store.beginBatch(); !begun)
        return begun.error();
    NewsletterSettings settings(store);
    auto book = settings.sponsorBook();
    if (!book) {
        store.rollbackBatch();
        return book.error();
    }
    const SponsorImport result = addArchiveSponsors(*book, scan.sponsors, scan.defaultLabel);
    if (dryRun || result.added.isEmpty()) {
        store.rollbackBatch();
        return result;
    }
    if (const Status written = settings.setSponsorBook(*book); !written) {
        store.rollbackBatch();
        return written.error();
    }
    if (const Status committed = store.commitBatch(); !committed)
        return committed.error();
    return result;
}

} // namespace galley
