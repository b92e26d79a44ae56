#pragma once

#include "archivesponsors.h"
#include "result.h"

namespace galley {

class Store;

// The sponsors found in a store's archive, with the label their headings are compared against.
struct ArchiveSponsorScan
{
    QList<ArchiveSponsor> sponsors;
    // The newsletter's sponsor label ("From our sponsor, {name}"): an imported heading equal to it
    // is left to follow Preferences.
    QString defaultLabel;
};

// Reads every sent issue of the store and finds its sponsor block (a heading that starts with the
// newsletter's sponsor label, as the check and the email read it). Drafts are left out: a draft's
// block may be a placeholder or a booking not yet run. Reads the whole archive: call it where the
// store lives (the window's store thread), never on the GUI thread.
Result<ArchiveSponsorScan> findArchiveSponsors(Store &store);

// Adds `scan.sponsors` to the sponsor library in one transaction: the library is read and written
// inside it, so a library changed meanwhile (another window, `galley sponsors`) is added to, not
// overwritten. Sponsors whose name the library holds are skipped. With `dryRun` nothing is
// written; the result says what would be added.
Result<SponsorImport> importArchiveSponsors(Store &store, const ArchiveSponsorScan &scan,
                                            bool dryRun = false);

} // namespace galley
