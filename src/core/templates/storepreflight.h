#pragma once

#include "preflight.h"
#include "result.h"

namespace galley {

class IssueDocument;
class Store;

// The context `galley check`, the Check panel and the store benchmark check an issue in, read
// from the facts the store keeps (issue 15, finding 6): the archived issues the title's number
// is compared with (Store::outlinesAround), whether the issue has gone out, the bookings, the
// sponsor label, the service's merge tags, and the store's links for "featured before". Its cost
// does not grow with the archive, and the answer is the one of checking against every archived
// document (tst_storeoutlines). `selfId` is the checked draft's id, 0 for a file (then an archived
// issue with its number is the file itself). The context refers to `store`: use it while the
// store is open, on the store's thread.
Result<PreflightContext> preflightContextFromStore(Store &store, const IssueDocument &doc,
                                                   qint64 selfId);

// The setting that asks the check to note inbox links older than N weeks (0 or unset: never).
QString staleInboxWeeksKey();
// Fills the context's stale-inbox facts for `weeks` (0: clears them). preflightContextFromStore
// calls it with the setting; `check --inbox-weeks N` calls it again with N.
Status addStaleInbox(Store &store, int weeks, PreflightContext *context);

} // namespace galley
