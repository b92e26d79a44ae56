#pragma once

// The rules behind runPreflight, split by what they look at. Internal to galley_core.
#include "issuestructure.h"
#include "preflight.h"

namespace galley::preflight {

struct Input
{
    const IssueDocument &doc;
    const PreflightContext &context;
    const IssueStructure &structure;
    QList<ArchiveIssue> others; // the archive without the checked issue
    int bodyOffset = 0; // add to a body line to get the file line

    int fileLine(int bodyLine) const { return bodyLine > 0 ? bodyLine + bodyOffset : 0; }
};

void checkSections(const Input &in, QList<Problem> &out);
void checkSponsor(const Input &in, QList<Problem> &out);
void checkLeftovers(const Input &in, QList<Problem> &out);
void checkTitle(const Input &in, QList<Problem> &out);
void checkSubjectAndSize(const Input &in, QList<Problem> &out);
void checkLinks(const Input &in, QList<Problem> &out);
void checkMalformedLinks(const Input &in, QList<Problem> &out);

// Body lines outside fenced code, with their 1-based body line numbers.
QList<std::pair<int, QString>> proseLines(const QString &body);

} // namespace galley::preflight
