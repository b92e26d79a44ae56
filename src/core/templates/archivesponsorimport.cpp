#include "archivesponsorimport.h"

#include "newslettersettings.h"
#include "store/store.h"

namespace galley {

Result<ArchiveSponsorScan> findArchiveSponsors(Store &store)
{
    const auto archive = loadArchive(store, true);
    if (!archive)
        return archive.error();
    const auto profile = NewsletterSettings(store).effectiveProfile(*archive);
    if (!profile)
        return profile.error();
    ArchiveSponsorScan scan;
    scan.defaultLabel = profile->sponsorLabel;
    scan.sponsors = sponsorsInArchive(*archive, profile->sponsorLabelPrefix());
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
