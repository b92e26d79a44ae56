#include "importrule.h"

namespace galley {

ImportAction decideImport(const QList<ImportCandidate> &existing)
{
    for (const ImportCandidate &c : existing) {
        if (c.sameDocument)
            return {ImportAction::Unchanged, c.id, c.version};
    }
    // Only a live archived issue is updated; one in the Trash stays as it was deleted.
    for (const ImportCandidate &c : existing) {
        if (c.status == IssueStatus::Sent && !c.deleted)
            return {ImportAction::UpdateArchived, c.id, c.version};
    }
    for (const ImportCandidate &c : existing) {
        if (c.status != IssueStatus::Sent)
            return {ImportAction::NewDraftBeside, c.id, c.version};
    }
    for (const ImportCandidate &c : existing) {
        if (c.status == IssueStatus::Sent)
            return {ImportAction::UpdateArchived, c.id, c.version};
    }
    return {};
}

} // namespace galley
